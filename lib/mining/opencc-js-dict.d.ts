// opencc-js ships its dictionaries as modules without type declarations: each default-exports one string of
// "from to|from to|…" pairs.
declare module "opencc-js/dict/TSCharacters" {
  const pairs: string;
  export default pairs;
}
