// The part of fr-compromise that Whypost uses. The package ships its .ts sources
// as types, and they do not compile under strict settings (see wxt.config.ts).
declare module 'fr-compromise' {
  interface FrTerm {
    text: string;
    pre: string;
    post: string;
    normal: string;
    tags?: Set<string>;
  }
  interface FrView {
    document: FrTerm[][];
  }
  function nlp(text: string): FrView;
  namespace nlp {
    function model(): object;
  }
  export default nlp;
}
