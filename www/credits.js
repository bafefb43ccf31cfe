// Credits shown in the page's About box. Whatever data the page ships (a
// register, a model, a word list) adds one entry here, in the same words its
// licence asks for. Shape:
//   { name: 'Institute for Government Ministers Database',
//     use: 'UK ministers and their posts, for role checks',
//     licence: 'CC BY 4.0', url: 'https://www.instituteforgovernment.org.uk/...' }
// `licence` and `url` are optional; `url` is shown as text (the page never loads it).
// `notice` is the sentence the licence asks for, shown first and in full.
export const CREDITS = [
  {
    notice: 'Contains data from the Institute for Government Ministers Database (CC BY 4.0).',
    name: 'Institute for Government Ministers Database',
    use: 'UK government ministers since 1979, their posts, parties and dates, in the built-in register (data/register.json) for role checks; converted to factlint\'s register format, consecutive spells joined, short forms of peerages added as aliases',
    licence: 'CC BY 4.0, https://creativecommons.org/licenses/by/4.0/',
    url: 'https://www.instituteforgovernment.org.uk/ministers-database',
  },
  {
    notice: 'US congress-legislators data (CC0).',
    name: 'congress-legislators, by the @unitedstates project',
    use: 'current members of Congress with their terms, parties and leadership roles, and every president and vice-president, in the built-in register',
    licence: 'CC0 1.0',
    url: 'https://github.com/unitedstates/congress-legislators',
  },
  {
    name: 'CLEF CheckThat! 2024, task 1 (English)',
    use: 'sentences from US political debates labelled for check-worthiness; the claim scores come from a model trained on them (only the model\'s weights ship, not the sentences)',
    licence: 'free for research use',
  },
  {
    name: 'Wikinews',
    use: 'English Wikinews articles were used to measure the attribution, who\'s-who and source checks while building them (none ships with the page)',
    licence: 'CC BY 2.5',
    url: 'https://en.wikinews.org/',
  },
  {
    name: 'Demo article',
    use: 'the example preloaded in the editor, an automated rewrite of a March 2024 news report, kept because it repeats its lead and gives a role to the wrong MP',
  },
];
