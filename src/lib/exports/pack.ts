/** The licence file of a module pack: CC BY 4.0 by name and link (the legal code is at the link). */
export function licenceText(): string {
  return `This module (its text in every language and its quiz) is licensed under the
Creative Commons Attribution 4.0 International licence (CC BY 4.0).

You may share and adapt it for any purpose, including commercially, as long as you
give appropriate credit, link to the licence, and say if you changed it.

Licence summary: https://creativecommons.org/licenses/by/4.0/
Legal code:      https://creativecommons.org/licenses/by/4.0/legalcode

Documents cited in the module belong to their publishers; they are cited, not included.
`;
}

/** How to credit a module when reusing it. */
export function attributionText(opts: { title: string; url: string; year: string }): string {
  return `How to credit this module

  BIOSEC Hub contributors, "${opts.title}", ${opts.year}, CC BY 4.0, ${opts.url}

If you translate or adapt it, add: "Adapted by <your organisation>, <year>."

BIOSEC Hub is an independent open-source implementation of the public description of
EU CBRN Centres of Excellence Project 81 (BIOSEC), not an official EU product.
`;
}
