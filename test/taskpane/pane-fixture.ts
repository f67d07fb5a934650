/** The pane's test workbook: seed 004 on a sheet named 项目表, in the memory adapter. */
import { act, fireEvent, waitFor } from "@testing-library/react";
import { gridFromTsv } from "../../src/core";
import { MemoryAdapter } from "../../src/hosts/memory/memory.adapter";
import { MemorySheet, newSheet, newWorkbook } from "../../src/hosts/memory/memory.workbook";
import { seedText } from "../support/seeds";

export function seedSheet(name = "项目表", seed = "004"): MemorySheet {
  return newSheet(name, gridFromTsv(name, seedText(seed)).rows.map((r) => [...r]));
}

export function seedAdapter(...extra: MemorySheet[]): MemoryAdapter {
  return new MemoryAdapter(newWorkbook([seedSheet(), ...extra]));
}

/** jsdom lacks a few browser APIs Fluent UI touches; harmless stand-ins. */
export function installDomShims(): void {
  const w = window as unknown as Record<string, unknown>;
  w.matchMedia ??= () => ({ matches: false, media: "", addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, onchange: null, dispatchEvent: () => false });
  w.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  if (typeof globalThis.structuredClone !== "function") {
    (globalThis as Record<string, unknown>).structuredClone = (v: unknown) => JSON.parse(JSON.stringify(v));
  }
}

/** Click, then wait until the pane is idle again (actions run after a tick; the buttons are disabled meanwhile). */
export async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(el);
  });
  await waitFor(() => expect(document.querySelector<HTMLButtonElement>("[role=toolbar] button")!.disabled).toBe(false), { timeout: 15000 });
}

/** Type into an input, select or textarea (one change event, as the pane reads them). */
export async function type(el: HTMLElement, value: string): Promise<void> {
  await act(async () => {
    fireEvent.change(el, { target: { value } });
  });
}
