/** Visible-text helpers. */
import { describe, expect, it } from 'vitest';
import { clean, lines, nameFromSlug, text, titleName, unique } from '../../utils/sites/text';
import { docFrom } from './helpers';

const body = (html: string): Element => docFrom(`<!DOCTYPE html><body>${html}</body>`).body;

describe('clean', () => {
  it('collapses whitespace runs (incl. NBSP, tabs, newlines) and trims, keeps zero-width characters', () => {
    expect(clean('  a \n\t b\u00a0\u00a0c  ')).toBe('a b c');
    expect(clean('a\u200bb\u200dc\u2060d\ufeffe')).toBe('a\u200bb\u200dc\u2060d\ufeffe');
    expect(clean(null)).toBe('');
  });
});

describe('text', () => {
  it('takes the aria-hidden copy, not the .visually-hidden one', () => {
    expect(text(body('<span aria-hidden="true">Jun 2011 - Dec 2016</span><span class="visually-hidden">Jun 2011 to Dec 2016</span>'))).toBe(
      'Jun 2011 - Dec 2016',
    );
  });

  it('drops screen-reader-only text by its utility class even without a visible twin', () => {
    expect(text(body('<div>Eleanor Whitcombe<span class="visually-hidden">, 3rd degree connection</span><span class="a11y-text"> (opens)</span></div>'))).toBe(
      'Eleanor Whitcombe',
    );
  });

  it('drops a screen-reader twin with a hashed class next to its aria-hidden copy', () => {
    expect(text(body('<p><span aria-hidden="true">Apr 2021 - Present</span><span class="_x1y2">Apr 2021 to Present</span></p>'))).toBe(
      'Apr 2021 - Present',
    );
  });

  it('keeps an icon label next to an empty aria-hidden icon', () => {
    expect(text(body('<a><span aria-hidden="true"></span><span>Contact info</span></a>'))).toBe('Contact info');
  });

  it('treats <br> and boxes as spaces, inline elements as nothing', () => {
    expect(text(body('<p>one<br>two</p><p>three</p><span>fo</span><b>ur</b>'))).toBe('one two three four');
  });

  it('leaves out scripts, styles, buttons, templates', () => {
    expect(text(body('a<script>evil()</script><style>.x{}</style><button>…see more</button><template>t</template>b'))).toBe('ab');
  });

  it('returns markup-looking text as text', () => {
    expect(text(body('&lt;script&gt;alert(1)&lt;/script&gt;'))).toBe('<script>alert(1)</script>');
  });

  it('falls back to the hidden copy when nothing else is there', () => {
    expect(text(body('<span class="visually-hidden">only for screen readers</span>'))).toBe('only for screen readers');
  });
});

describe('lines', () => {
  it('one line per lowest element with its own text', () => {
    expect(lines(body('<div><h3> Title </h3><h4><span>Bachelor</span><span>Design</span></h4><p>Leiterin, <strong>Firma</strong></p></div>'))).toEqual([
      'Title',
      'Bachelor',
      'Design',
      'Leiterin, Firma',
    ]);
  });

  it('prunes what stop() rejects', () => {
    expect(lines(body('<div><p>own</p><ul><li>nested</li></ul></div>'), (el) => el.tagName === 'UL')).toEqual(['own']);
  });
});

describe('nameFromSlug / titleName / unique', () => {
  it.each([
    ['jonas-feldmann', 'Jonas Feldmann'],
    ['eleanor-whitcombe-3a91b4', 'Eleanor Whitcombe'],
    ['mila-kowalczyk-4b21a7231', 'Mila Kowalczyk'],
    ['Katrin_Hollweg', 'Katrin Hollweg'],
    ['Katrin_Hollweg2', 'Katrin Hollweg'],
    ['%C3%A9lodie-martin', 'Élodie Martin'],
  ])('%s → %s', (slug, name) => {
    expect(nameFromSlug(slug)).toBe(name);
  });

  it('strips notification counts and the site suffix from <title>', () => {
    const t = (s: string) => titleName(docFrom(`<title>${s}</title>`), /\s*(\|\s*)?LinkedIn\s*$/i);
    expect(t('(2) Eleanor Whitcombe | LinkedIn')).toBe('Eleanor Whitcombe');
    expect(t('(99+) Eleanor Whitcombe | LinkedIn')).toBe('Eleanor Whitcombe');
    expect(t('Mila Kowalczyk - Fizzbloom Beverages | LinkedIn')).toBe('Mila Kowalczyk');
    expect(t('LinkedIn')).toBe('');
  });

  it('unique keeps the first spelling and the order', () => {
    expect(unique(['C++', ' c++ ', 'Go', '', 'go', 'Rust'])).toEqual(['C++', 'Go', 'Rust']);
  });
});
