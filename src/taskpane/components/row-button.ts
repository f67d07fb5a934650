/**
 * The look of a clickable list row that selects a cell (a finding, a change between versions): a cell address in a
 * narrow first column, the text beside it, a quiet hover and a visible focus ring. Spread into a makeStyles rule.
 */
import { tokens } from "@fluentui/react-components";

export const rowButton = {
  display: "grid",
  gridTemplateColumns: "3.6em 1fr",
  columnGap: tokens.spacingHorizontalS,
  width: "100%",
  textAlign: "left",
  padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
  border: "none",
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: "transparent",
  color: tokens.colorNeutralForeground1,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase200,
  lineHeight: tokens.lineHeightBase200,
  cursor: "pointer",
  ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
} as const;
