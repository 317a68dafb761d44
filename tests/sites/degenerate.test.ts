/** Pages with little or nothing on them, wrong URLs, and the public API around parse(). */
import { describe, expect, it } from 'vitest';
import { ProfileSchema } from '../../utils/schemas/profile';
import { parseProfile, readName } from '../../utils/sites';
import { linkedin } from '../../utils/sites/linkedin';
import { xing } from '../../utils/sites/xing';
import { docFrom, fixtureHtml } from './helpers';

const EMPTY = {
  headline: null,
  location: null,
  currentRole: null,
  currentCompany: null,
  about: null,
  skills: [],
  experience: [],
  education: [],
  earliestExperienceYear: null,
  earliestEducationYear: null,
  careerStart: null,
};

describe('degenerate pages', () => {
  it('an empty LinkedIn page: name from the URL slug, the rest empty', () => {
    const p = parseProfile(docFrom(''), 'https://www.linkedin.com/in/jonas-feldmann/');
    expect(p).toEqual({ platform: 'linkedin', key: 'linkedin:jonas-feldmann', url: 'https://www.linkedin.com/in/jonas-feldmann/', name: 'Jonas Feldmann', ...EMPTY });
  });

  it('an empty XING page: name from the slug, number suffix dropped', () => {
    const p = parseProfile(docFrom('<title>XING</title>'), 'https://www.xing.com/profile/Katrin_Hollweg2');
    expect(p?.name).toBe('Katrin Hollweg');
    expect(p?.key).toBe('xing:katrin_hollweg2');
    expect(p).toMatchObject(EMPTY);
  });

  it('only a <title>: name from the title, notification count and suffix stripped', () => {
    const p = parseProfile(docFrom('<title>(3) Priya Natarajan | LinkedIn</title><body><div>loading…</div></body>'), 'https://www.linkedin.com/in/p-n-1/');
    expect(p?.name).toBe('Priya Natarajan');
    expect(p).toMatchObject(EMPTY);
  });

  it('a member-id URL with an empty page still has a non-empty name', () => {
    const p = parseProfile(docFrom(''), 'https://www.linkedin.com/in/ACoAAALfqYkBq3xW9mTzP0cR7vLsH2nE4dUoJ1s');
    expect(p?.name).toBe('LinkedIn member');
    expect(ProfileSchema.safeParse(p).success).toBe(true);
  });

  it('the h1 wins over <title> and the slug', () => {
    const p = parseProfile(docFrom(fixtureHtml('linkedin-minimal.html')), 'https://www.linkedin.com/in/someone-else/');
    expect(p?.name).toBe('Jonas Feldmann');
  });

  it('a nav-only page does not take the viewer for the person', () => {
    const html = '<header><nav><img alt="Jordan Ellery"><h1>Jordan Ellery</h1></nav></header><main></main>';
    expect(parseProfile(docFrom(html), 'https://www.linkedin.com/in/jonas-feldmann/')?.name).toBe('Jonas Feldmann');
  });
});

describe('readName (the content script polls it to see the new person rendered)', () => {
  it('is null on a page that has not rendered a name, never taken from the URL', () => {
    expect(linkedin.readName(docFrom(''), 'https://www.linkedin.com/in/new-person/')).toBeNull();
    expect(linkedin.readName(docFrom('<title>LinkedIn</title><main><div class="skeleton"></div></main>'), 'https://www.linkedin.com/in/new-person/')).toBeNull();
    expect(xing.readName(docFrom('<title>XING</title>'), 'https://www.xing.com/profile/Katrin_Hollweg')).toBeNull();
  });

  it('reads the heading, then JSON-LD, then <title>', () => {
    expect(linkedin.readName(docFrom('<title>(4) Old Person | LinkedIn</title><main><section><h1>New Person</h1></section></main>'), 'https://www.linkedin.com/in/new-person/')).toBe('New Person');
    expect(linkedin.readName(docFrom('<script type="application/ld+json">{"@type":"Person","name":"Ld Person"}</script>'), 'https://www.linkedin.com/in/new-person/')).toBe('Ld Person');
    expect(linkedin.readName(docFrom('<title>(4) Title Person | LinkedIn</title>'), 'https://www.linkedin.com/in/new-person/')).toBe('Title Person');
    expect(xing.readName(docFrom('<title>Katrin Hollweg - Leiterin Einkauf | XING</title>'), 'https://www.xing.com/profile/Katrin_Hollweg')).toBe('Katrin Hollweg');
    expect(xing.readName(docFrom('<main><h1 data-xds="Hero">Katrin Hollweg<button>Premium</button></h1></main>'), 'https://www.xing.com/profile/Katrin_Hollweg')).toBe('Katrin Hollweg');
  });

  it('ignores the viewer in the nav', () => {
    expect(linkedin.readName(docFrom('<header><nav><h1>Viewer Person</h1><img alt="Viewer Person"></nav></header>'), 'https://www.linkedin.com/in/new-person/')).toBeNull();
  });
});

describe('URLs', () => {
  it('parseProfile returns null for pages that are not profiles', () => {
    const doc = docFrom(fixtureHtml('linkedin-logged-in-en.html'));
    expect(parseProfile(doc, 'https://www.linkedin.com/feed/')).toBeNull();
    expect(parseProfile(doc, 'https://example.com/in/eleanor-whitcombe-3a91b4/')).toBeNull();
  });

  it('an adapter called with a stale non-profile URL falls back to the page canonical link', () => {
    const p = linkedin.parse(docFrom(fixtureHtml('linkedin-public-guest.html')), 'https://www.linkedin.com/feed/');
    expect(p.key).toBe('linkedin:mila-kowalczyk-4b21a7231');
    const x = xing.parse(docFrom(fixtureHtml('xing-profile-de.html')), 'https://www.xing.com/');
    expect(x.key).toBe('xing:katrin_hollweg');
  });

  it('with neither, the key says unknown and the profile is still valid', () => {
    const p = linkedin.parse(docFrom('<h1>Someone</h1>'), 'https://www.linkedin.com/feed/');
    expect(p.key).toBe('linkedin:unknown');
    expect(p.name).toBe('Someone');
    expect(ProfileSchema.safeParse(p).success).toBe(true);
  });

  it('the same page parsed under two URL forms gives the same profile', () => {
    const html = fixtureHtml('linkedin-logged-in-en.html');
    const a = parseProfile(docFrom(html), 'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/');
    const b = parseProfile(docFrom(html), 'https://uk.linkedin.com/in/Eleanor-Whitcombe-3a91b4/?trk=x#top');
    expect(b).toEqual(a);
  });
});

describe('variants on top of the fixtures', () => {
  it('guest view without an education card: schools from JSON-LD alumniOf', () => {
    const html = fixtureHtml('linkedin-public-guest.html').replace('data-section="educationsDetails">', 'data-section="gone">').replace(/<h2 class="core-section-container__title section-title">\s*Education\s*<\/h2>/, '<h2>Gone</h2>');
    const p = parseProfile(docFrom(html), 'https://www.linkedin.com/in/mila-kowalczyk-4b21a7231/')!;
    expect(p.education).toEqual([
      { school: 'Spreebogen University of Applied Sciences', degree: null, startYear: 2019, endYear: 2022 },
      { school: 'Universitat de Llevant', degree: null, startYear: 2020, endYear: 2021 },
    ]);
  });

  it('guest view with the DOM stripped to the JSON-LD block: name, role, company, location', () => {
    const html = fixtureHtml('linkedin-public-guest.html');
    const head = html.slice(0, html.indexOf('<body'));
    const p = parseProfile(docFrom(`${head.replace(/<title>[^<]*<\/title>/, '<title>LinkedIn</title>')}<body></body></html>`), 'https://www.linkedin.com/in/mila-kowalczyk-4b21a7231/')!;
    expect(p.name).toBe('Mila Kowalczyk');
    expect(p.currentRole).toBe('Social Media Marketing Manager');
    expect(p.currentCompany).toBe('Fizzbloom Beverages');
    expect(p.location).toBe('Berlin, DE');
    expect(p.careerStart).toEqual({ year: 2021, source: 'education' });
  });

  it('logged-in page without the experience card: current company from the top-card button', () => {
    const html = fixtureHtml('linkedin-logged-in-en.html');
    const doc = docFrom(html);
    doc.getElementById('experience')!.closest('section')!.remove();
    const p = parseProfile(doc, 'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/')!;
    expect(p.experience).toEqual([]);
    expect(p.currentCompany).toBe('Brightwater Logistics');
    expect(p.careerStart).toEqual({ year: 1995, source: 'education' });
  });

  it('logged-in page without card ids still finds the cards by their headings', () => {
    const doc = docFrom(fixtureHtml('linkedin-logged-in-en.html'));
    for (const id of ['about', 'experience', 'education', 'skills']) doc.getElementById(id)!.remove();
    const p = parseProfile(doc, 'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/')!;
    expect(p.experience).toHaveLength(5);
    expect(p.education).toHaveLength(2);
    expect(p.skills).toHaveLength(6);
    expect(p.about?.startsWith('I lead engineering')).toBe(true);
  });

  it('XING without data-qa hooks: the bucket headings decide job vs school', () => {
    const html = fixtureHtml('xing-profile-de.html').replace(/data-qa="timeline-(work_experience|school):\d+-entry"/g, 'data-qa="timeline-x-entry"');
    const p = parseProfile(docFrom(html), 'https://www.xing.com/profile/Katrin_Hollweg')!;
    expect(p.experience.map((e) => e.title)).toEqual(['Leiterin Einkauf', 'Senior Einkäuferin Strategische Beschaffung', 'Einkäuferin', 'Werkstudentin Materialwirtschaft']);
    expect(p.education.map((e) => e.school)).toEqual(['Akademie für Beschaffung Süd', 'Hochschule Lechfeld']);
  });

  it('XING without a timeline: role and company from the occupation line', () => {
    const doc = docFrom(fixtureHtml('xing-profile-de.html'));
    doc.getElementById('ProfileTimelineModule')!.remove();
    const p = parseProfile(doc, 'https://www.xing.com/profile/Katrin_Hollweg')!;
    expect(p.currentRole).toBe('Leiterin Einkauf');
    expect(p.currentCompany).toBe('Brandtner Maschinenbau GmbH');
    expect(p.careerStart).toBeNull();
  });
});

describe('small variants not covered by a fixture file', () => {
  it('guest view: roles grouped under one company, German UI', () => {
    const html = `<html lang="de"><title>Ida Marquardt – Acme | LinkedIn</title><body><main>
      <section class="top-card-layout"><h1 class="top-card-layout__title">Ida Marquardt</h1>
        <h2 class="top-card-layout__headline">Direktorin bei Acme</h2>
        <h3 class="top-card-layout__first-subline"><div class="top-card__subline-item">Leipzig, Sachsen, Deutschland</div><span class="top-card__subline-item">500+ Kontakte</span></h3></section>
      <section class="core-section-container" data-section="experience"><h2>Berufserfahrung</h2><ul class="experience__list">
        <li class="experience-group experience-item"><a class="experience-group-header__url" href="https://de.linkedin.com/company/acme"><img alt="Acme GmbH">
          <div><h4 class="experience-group-header__company">Acme GmbH</h4><p class="experience-group-header__duration">7 Jahre 2 Monate</p></div></a>
          <ul class="experience-group__positions">
            <li class="experience-group-position"><h3 class="profile-section-card__title">Direktorin</h3><p><span class="date-range"><time>Jan. 2022</time> – Heute <span>3 Jahre</span></span></p><p>Leipzig</p></li>
            <li class="experience-group-position"><h3 class="profile-section-card__title">Teamleiterin</h3><p><span class="date-range"><time>Nov. 2017</time> – <time>Dez. 2021</time> <span>4 Jahre 2 Monate</span></span></p></li>
          </ul></li>
        <li class="experience-item"><h3>Praktikantin</h3><h4><a href="#">Beta AG</a></h4><p><span class="date-range"><time>2016</time> – <time>2017</time></span></p></li>
      </ul></section>
      <section class="core-section-container" data-section="educationsDetails"><h2>Ausbildung</h2><ul>
        <li><h3><a href="#">Universität Leipzig</a></h3><h4><span class="education__item--degree-info">Master of Science</span><span class="education__item--degree-info">Informatik</span></h4>
          <p class="education__item--duration"><span class="date-range"><time>2014</time> – <time>2016</time></span></p></li></ul></section>
    </main></body></html>`;
    const p = parseProfile(docFrom(html), 'https://de.linkedin.com/in/ida-marquardt')!;
    expect(p).toMatchObject({
      name: 'Ida Marquardt',
      headline: 'Direktorin bei Acme',
      location: 'Leipzig, Sachsen, Deutschland',
      currentRole: 'Direktorin',
      currentCompany: 'Acme GmbH',
      earliestExperienceYear: 2016,
      careerStart: { year: 2016, source: 'experience' },
    });
    expect(p.experience).toEqual([
      { title: 'Direktorin', company: 'Acme GmbH', start: '2022-01', end: null, current: true, dateText: 'Jan. 2022 – Heute 3 Jahre' },
      { title: 'Teamleiterin', company: 'Acme GmbH', start: '2017-11', end: '2021-12', current: false, dateText: 'Nov. 2017 – Dez. 2021 4 Jahre 2 Monate' },
      { title: 'Praktikantin', company: 'Beta AG', start: '2016', end: '2017', current: false, dateText: '2016 – 2017' },
    ]);
    expect(p.education).toEqual([{ school: 'Universität Leipzig', degree: 'Master of Science, Informatik', startYear: 2014, endYear: 2016 }]);
  });

  it('XING in English UI with "since" and "today" date lines', () => {
    const html = `<html lang="en"><title>Tom Berger - Head of Sales - Vento AG | XING</title><body><main id="content">
      <div id="XingIdModule"><h1 data-xds="Hero">Tom Berger</h1>
        <div><svg data-xds="IconJobs"></svg><div><p data-xds="BodyCopy">Head of Sales, <strong>Vento AG</strong></p></div></div>
        <div><svg data-xds="IconLocationPin"></svg><div><p data-xds="BodyCopy"><strong>Hamburg</strong>, Germany</p></div></div></div>
      <div id="ProfileTimelineModule"><h2 data-xds="Headline">Career</h2>
        <div data-qa="bucket"><h2>Professional experience</h2>
          <div data-qa="timeline-work_experience:1-entry"><h2 data-qa="timeline-headline">Head of Sales</h2><p data-xds="BodyCopy">Vento AG</p><p data-xds="Meta">6 years and 2 months, since 01/2019</p></div>
          <div data-qa="timeline-work_experience:2-entry"><h2 data-qa="timeline-headline">Sales Manager</h2><p data-xds="BodyCopy">Nordwind GmbH</p><p data-xds="Meta">05/2012 - today</p></div></div>
        <div data-qa="bucket"><h2>Education</h2>
          <div data-qa="timeline-school:3-entry"><h2 data-qa="timeline-headline">B.A. Business Administration</h2><p data-xds="BodyCopy">Hochschule Elbtal</p><p data-xds="Meta">2008 - 2012</p></div></div></div>
      <div id="ProfileSkillsModule"><h2>Skills</h2><div data-xds="Tag">Key Account Management</div><div data-xds="Tag">CRM</div></div>
    </main></body></html>`;
    const p = parseProfile(docFrom(html), 'https://www.xing.com/profile/Tom_Berger7')!;
    expect(p).toMatchObject({
      name: 'Tom Berger',
      headline: 'Head of Sales, Vento AG',
      location: 'Hamburg, Germany',
      currentRole: 'Head of Sales',
      currentCompany: 'Vento AG',
      skills: ['Key Account Management', 'CRM'],
      earliestExperienceYear: 2012,
      earliestEducationYear: 2008,
    });
    expect(p.experience.map((e) => [e.start, e.end, e.current])).toEqual([
      ['2019-01', null, true],
      ['2012-05', null, true],
    ]);
    expect(p.education).toEqual([{ school: 'Hochschule Elbtal', degree: 'B.A. Business Administration', startYear: 2008, endYear: 2012 }]);
  });
});

describe('top card without class hooks', () => {
  it('guest view with renamed classes: headline and location from the lines under the name, CTA links ignored', () => {
    const html = fixtureHtml('linkedin-public-guest.html').replace(/top-card-layout__headline|top-card__subline-item/g, 'x-renamed');
    const p = parseProfile(docFrom(html), 'https://www.linkedin.com/in/mila-kowalczyk-4b21a7231/')!;
    expect(p.headline).toBe('Social Media & Content Marketing @ Fizzbloom Beverages | TikTok marketing · Generative AI for content · Figma');
    expect(p.location).toBe('Berlin, Berlin, Germany');
  });

  it('classic view with the headline hook gone: the first non-badge line under the name', () => {
    const html = fixtureHtml('linkedin-logged-in-en.html').replace('data-generated-suggestion-target=', 'data-x=');
    const p = parseProfile(docFrom(html), 'https://www.linkedin.com/in/eleanor-whitcombe-3a91b4/')!;
    expect(p.headline).toBe('Chief Technology Officer at Brightwater Logistics | 25+ years building resilient supply-chain platforms | Board Advisor');
    expect(p.location).toBe('Manchester, England, United Kingdom');
  });

  it('a profile without location does not take a link or a count for it', () => {
    const html = '<main><section><h1>Ana Lima</h1><div>Designer</div><a href="/signup">Join to view profile</a><span>500+ connections</span></section></main>';
    const p = parseProfile(docFrom(html), 'https://www.linkedin.com/in/ana-lima/')!;
    expect(p.headline).toBe('Designer');
    expect(p.location).toBeNull();
  });
});

describe('2026 server-driven top card', () => {
  const html = fixtureHtml('linkedin-sdui-2026.html');
  const url = 'https://www.linkedin.com/in/tamsin-oyelaran-5c1d2/';

  it('before the experience card has loaded, the company comes from the "Company · School" line', () => {
    const doc = docFrom(html);
    doc.querySelector('[data-view-name="profile-card-experience"]')?.remove();
    const p = parseProfile(doc, url)!;
    expect(p.currentCompany).toBe('Kestrel Freight');
    expect(p.location).toBe('Hamburg, Germany');
    expect(p.experience).toEqual([]);
  });

  it('without the contact link the location is still not the "Company · School" line', () => {
    const doc = docFrom(html);
    doc.querySelector('a[href*="contact-info"]')?.remove();
    expect(parseProfile(doc, url)?.location).toBe('Hamburg, Germany');
  });

  it('the name is the one keyed with the URL slug, not an aside person keyed the same way', () => {
    const doc = docFrom(html.replace('<h2 class="_9fa0">Tamsin Oyelaran</h2>', '<p>Tamsin Oyelaran</p>'));
    // Put an aside person's key first in the document, with an h2: the slug decides, not the order.
    const aside = doc.querySelector('aside')!;
    doc.body.prepend(aside);
    aside.querySelector('p')!.outerHTML = '<h2>Jarek Mendel</h2>';
    expect(readName(doc, url)).toBe('Tamsin Oyelaran');
    expect(readName(doc, 'https://www.linkedin.com/in/jarek-mendel-0a1b2c/')).toBe('Jarek Mendel');
  });
});
