// Credits shown in the page's About box. Whatever data the page ships (a
// register, a model, a word list) adds one entry here, in the same words its
// licence asks for. Shape:
//   { name: 'Institute for Government Ministers Database',
//     use: 'UK ministers and their posts, for role checks',
//     licence: 'CC BY 4.0', url: 'https://www.instituteforgovernment.org.uk/...' }
// `licence` and `url` are optional; `url` is shown as text (the page never loads it).
export const CREDITS = [
  {
    name: 'Demo article',
    use: 'the example preloaded in the editor, an automated rewrite of a March 2024 news report, kept because it repeats its lead and gives a role to the wrong MP',
  },
];
