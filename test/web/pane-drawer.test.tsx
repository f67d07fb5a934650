/**
 * @jest-environment jsdom
 */
// The pane beside the grid on a wide screen, a drawer on a narrow one: closed it stays mounted (its findings kept).
import * as React from "react";
import { fireEvent, render } from "@testing-library/react";
import { PaneDrawer } from "../../src/web/PaneDrawer";
import { webStrings } from "../../src/i18n";

it("is a plain region beside the grid on a wide screen", () => {
  const { container } = render(<PaneDrawer strings={webStrings("zh-CN")} narrow={false} open={false} onClose={() => undefined}>内容</PaneDrawer>);
  const aside = container.querySelector("aside") as HTMLElement;
  expect([aside.getAttribute("aria-label"), aside.getAttribute("data-drawer"), aside.textContent]).toEqual(["任务窗格", null, "内容"]);
});

it("on a narrow screen keeps its content while closed, takes the focus when opened, and closes on Escape or its button", () => {
  let closed = 0;
  const strings = webStrings("zh-CN");
  const { container, rerender, getByText } = render(<PaneDrawer strings={strings} narrow open={false} onClose={() => closed++}><button>一键校验</button></PaneDrawer>);
  const aside = container.querySelector("aside") as HTMLElement;
  expect([aside.getAttribute("data-drawer"), aside.textContent?.includes("一键校验")]).toEqual(["closed", true]);
  rerender(<PaneDrawer strings={strings} narrow open onClose={() => closed++}><button>一键校验</button></PaneDrawer>);
  expect(document.activeElement).toBe(aside);
  fireEvent.keyDown(getByText("一键校验"), { key: "Escape" });
  fireEvent.click(getByText(strings.closePane));
  fireEvent.click(container.querySelector("[data-testid=pane-backdrop]") as Element);
  expect(closed).toBe(3);
});
