/** One line, Chinese first then English, for the CLI's stderr and the pane's error state. */
export function bilingual(zh: string, english: string): string {
  return `${zh} / ${english}`;
}
