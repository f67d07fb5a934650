/**
 * Demo / web page only: there are no sheet tabs outside Excel, so this shows the active sheet and lets the
 * user switch (e.g. back from 指标明细 to the table). `version` changes after every action to re-read the list.
 */
import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import type { WorkbookPort } from "../../hosts/workbook.port";
import type { UiStrings } from "../../i18n";

export function SheetPicker(props: { port: WorkbookPort; strings: UiStrings; version: number; onChange: () => void }): React.JSX.Element {
  const { port } = props;
  const [names, setNames] = React.useState<string[]>([]);
  const [active, setActive] = React.useState("");
  React.useEffect(() => {
    let live = true;
    // readActiveSheet reads values too: fine over the in-memory workbook this picker is for.
    void Promise.all([port.sheetNames(), port.readActiveSheet()]).then(([n, sheet]) => {
      if (!live) return;
      setNames(n);
      setActive(sheet.name);
    });
    return () => {
      live = false;
    };
  }, [port, props.version]);

  const choose = async (name: string) => {
    await port.select(name, "A1");
    setActive(name);
    props.onChange();
  };

  return (
    <Field label={props.strings.demo.sheet} orientation="horizontal">
      <Select value={active} onChange={(_e, d) => void choose(d.value)}>
        {names.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </Select>
    </Field>
  );
}
