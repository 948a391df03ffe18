import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { renderSessionPrepText } from '@interlude/core';
import { mountWithClient } from '../shared/testing/test-client.js';
import { daysAgo, sampleClinician } from '../shared/testing/clinician-samples.js';
import type { IlSessionPrepCopyEvent } from '../shared/events/session-prep-copy.js';
import './define.js';
import type { IlSessionPrep } from './session-prep.js';

const SINCE = daysAgo(7, '10:00');

async function mountPrep(clientId: string, extra: { lang?: string } = {}) {
  const client = await sampleClinician([clientId as 'c-shift']);
  const prep = await mountWithClient<IlSessionPrep>(
    html`<il-session-prep
      lang=${extra.lang ?? 'en'}
      client-id=${clientId}
      since=${SINCE}
      client-name="Priya Raman"
    ></il-session-prep>`,
    client,
  );
  await prep.settled();
  return { prep, client };
}

/** Waits for a language loaded on first use (by import()) to arrive; polls, never times. */
async function until(element: IlSessionPrep, predicate: () => boolean) {
  for (let attempt = 0; attempt < 100 && !predicate(); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await element.updateComplete;
  }
}

const sectionText = (prep: IlSessionPrep, id: string) =>
  prep.shadowRoot!.querySelector(`section.${id}`)!.textContent!.replace(/\s+/g, ' ').trim();

describe('il-session-prep', () => {
  it('shows the period since the last session in headed sections, the same words as the copied text; axe clean', async () => {
    const { prep, client } = await mountPrep('c-shift');
    await expect(prep).to.be.accessible();
    const title = prep.shadowRoot!.querySelector('[role="heading"][aria-level="2"]')!;
    expect(title.textContent).to.include('Session prep: Priya Raman');
    const headings = [...prep.shadowRoot!.querySelectorAll('section [role="heading"]')].map((h) =>
      h.textContent!.trim(),
    );
    expect(headings).to.deep.equal([
      'Flags',
      'Completed',
      'Missed',
      'Scores',
      'Notable',
      "Client's notes",
      'Possible openings',
    ]);
    expect(prep.shadowRoot!.querySelectorAll('section [role="heading"][aria-level="3"]')).to.have.length(7);
    // The mood spike: a flag, a dated notable event, the client's own words, an opening.
    expect(sectionText(prep, 'flags')).to.include('Attention: Distress').and.include('usual range');
    expect(sectionText(prep, 'events')).to.match(/Distress rose from \d+ to 9 on Sun, Mar 29/);
    expect(sectionText(prep, 'notes')).to.include('“Argument with my sister, could not sleep.”');
    expect(sectionText(prep, 'completed')).to.include('Daily check-in: 6×');
    expect(sectionText(prep, 'openings')).to.include('what was going on then?');
    // The copied text is core's renderSessionPrepText of the same prep.
    const expected = renderSessionPrepText(await client.sessionPrep('c-shift', { since: SINCE }), {
      locale: 'en',
      timeZone: 'Europe/Berlin',
    });
    expect(prep.text).to.equal(expected);
    for (const line of expected.split('\n').filter((line) => line.startsWith('- ') && line !== '- none')) {
      expect(prep.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.include(
        line.slice(2).replace(/\s+/g, ' '),
      );
    }
  });

  it('words score changes as reliable change and lists an urgent risk answer first', async () => {
    const client = await sampleClinician(['c-worse', 'c-risk']);
    const worse = await mountWithClient<IlSessionPrep>(
      html`<il-session-prep client-id="c-worse" since=${daysAgo(8, '10:00')}></il-session-prep>`,
      client,
    );
    await worse.settled();
    expect(sectionText(worse, 'scores'))
      .to.match(/GAD-7[^:]*: 11 → 15 \(severe\) on Mon, Mar 23 — reliable deterioration/)
      .and.match(/PHQ-9[^:]*: 13 → 17 \([^)]+\) on Mon, Mar 23 — no reliable change/);
    const risk = await mountWithClient<IlSessionPrep>(
      html`<il-session-prep client-id="c-risk" since=${daysAgo(8, '10:00')}></il-session-prep>`,
      client,
    );
    await risk.settled();
    const first = risk.shadowRoot!.querySelector('section.flags li')!;
    expect(first.className).to.include('urgent');
    expect(first.textContent).to.include('Urgent:').and.include('item 9 answered 2');
    expect(sectionText(risk, 'events').startsWith('Notable PHQ-9')).to.equal(true);
    await expect(risk).to.be.accessible();
  });

  it('copies as text: the event carries the text; when the clipboard refuses, the text is shown selected', async () => {
    const { prep } = await mountPrep('c-shift');
    const button = [...prep.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Copy as text'),
    )!;
    // Headless Chromium without a user gesture refuses the clipboard unless permitted: either path is honest.
    const event = oneEvent(prep, 'il-session-prep-copy') as Promise<IlSessionPrepCopyEvent>;
    button.click();
    const { detail } = await event;
    expect(detail.text).to.equal(prep.text);
    expect(detail.text.split('\n')[0]).to.match(/^Session prep: /);
    await prep.updateComplete;
    const live = prep.shadowRoot!.querySelector('[role="status"]')!;
    if (detail.copied) {
      expect(await navigator.clipboard.readText().catch(() => detail.text)).to.equal(detail.text);
      expect(live.textContent).to.include('copied as text');
      expect(prep.shadowRoot!.querySelector('textarea')).to.equal(null);
    } else {
      const area = prep.shadowRoot!.querySelector('textarea')!;
      expect(area.value).to.equal(detail.text);
      expect(area.selectionEnd - area.selectionStart).to.equal(detail.text.length);
      expect(live.textContent).to.include('not available');
    }
    await expect(prep).to.be.accessible();
  });

  it('has a print stylesheet that hides the actions', async () => {
    const { prep } = await mountPrep('c-shift');
    const sheets = (prep.shadowRoot!.adoptedStyleSheets ?? []).flatMap((sheet) => [...sheet.cssRules]);
    const print = sheets.find(
      (rule) => rule instanceof CSSMediaRule && rule.conditionText === 'print',
    ) as CSSMediaRule;
    expect(print, 'an @media print rule').to.not.equal(undefined);
    expect(print.cssText).to.include('.actions').and.include('display: none');
  });

  it('asks for a client when none is chosen, and says when no client is connected', async () => {
    const client = await sampleClinician(['c-shift']);
    const empty = await mountWithClient<IlSessionPrep>(html`<il-session-prep></il-session-prep>`, client);
    await empty.settled();
    expect(empty.shadowRoot!.textContent).to.include('Choose a client');
    const lonely = await fixture<IlSessionPrep>(
      html`<il-session-prep client-id="c-1" since=${SINCE}></il-session-prep>`,
    );
    expect(lonely.shadowRoot!.querySelector('[part="configuration-notice"]')).to.not.equal(null);
  });

  it('says "none" under empty sections and opens generally for a quiet period', async () => {
    const client = await sampleClinician(['c-quiet']);
    const quiet = await mountWithClient<IlSessionPrep>(
      html`<il-session-prep client-id="c-quiet" since=${daysAgo(5, '10:00')}></il-session-prep>`,
      client,
    );
    await quiet.settled();
    expect(sectionText(quiet, 'notes')).to.equal("Client's notes none");
    expect(sectionText(quiet, 'missed')).to.include('Daily check-in: 3×');
    await expect(quiet).to.be.accessible();
  });

  it('speaks German and Arabic, right to left', async () => {
    const { prep } = await mountPrep('c-shift', { lang: 'de' });
    await until(prep, () => prep.shadowRoot!.textContent!.includes('Als Text kopieren'));
    expect(prep.shadowRoot!.textContent)
      .to.include('Sitzungsvorbereitung: Priya Raman')
      .and.include('Als Text kopieren');
    expect(prep.text).to.include('Notizen der Klientin / des Klienten');
    const client = await sampleClinician(['c-shift']);
    const wrapper = await mountWithClient<HTMLElement>(
      html`<div lang="ar" dir="rtl">
        <il-session-prep client-id="c-shift" since=${SINCE}></il-session-prep>
      </div>`,
      client,
    );
    const ar = wrapper.querySelector('il-session-prep')!;
    await ar.settled();
    await until(ar, () => ar.shadowRoot!.textContent!.includes('نسخ كنص'));
    expect(ar.shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal('rtl');
    expect(ar.shadowRoot!.textContent).to.include('نسخ كنص').and.include('ملاحظات العميل');
    await expect(ar).to.be.accessible();
  });
});
