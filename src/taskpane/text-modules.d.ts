/** Webpack bundles `.txt` files as their text (`type: "asset/source"`): the demo's sample table. */
declare module "*.txt" {
  const text: string;
  export default text;
}
