// The page at /: sends POST /summarize, or opens a stored *.summary.json, and shows the result with every
// verified quote highlighted in the article text. No framework and no build step.
//
// Safety rule: article text, quotes, titles and messages are hostile input. They reach the page only as
// text nodes (textContent, createTextNode); nothing here parses a string as HTML.
'use strict';

(() => {
  /** Questions the server accepts by default (precis.questions.max). */
  const MAX_QUESTIONS = 5;
  /** Longest question by default (precis.questions.max-length). */
  const MAX_QUESTION_LENGTH = 300;
  /** How Grounding found a quote (the result's `match`), said next to a fact or answer when not exact. */
  const MATCH_NOTES = {
    normalized: 'quote found once quotation marks, dashes and spaces were evened out',
    aligned: 'the engine\u2019s quote differed slightly; the article\u2019s own words are marked',
  };
  /** Only these schemes become links (a stored file could say "javascript:"). */
  const LINKABLE = /^https?:\/\//i;
  /** Our own short story (also in events/direct-invoke.json), for a first try without a page at hand. */
  const SAMPLE = {
    text: 'MILLBROOK, Vt. — The Millbrook Public Library will open on Sundays and stay open until 9 p.m. on '
      + 'weekdays starting in March, after the town approved a two-year grant that pays for three additional '
      + 'part-time staff.\n\nLibrary director Priya Raman said evening visits had doubled since the branch added a '
      + 'study room for high school students, and that families had asked for weekend hours for years. The grant, '
      + 'worth $96,000, comes from a state program for rural libraries and does not raise local property taxes.\n\n'
      + 'Raman said the library would also lend laptops and mobile hotspots for up to three weeks at a time. The '
      + 'town board will decide in 2027 whether to keep the longer hours once the grant ends.',
    questions: ['When do the new opening hours start?', 'Who pays for the extra staff?'],
  };

  const $ = (id) => document.getElementById(id);
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  /** An element with text children only: h('li', {class: 'x'}, 'text', otherNode). */
  function h(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== undefined && v !== null) e.setAttribute(k, String(v));
    }
    for (const c of children) {
      if (c === undefined || c === null) continue;
      e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  const str = (v) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
  const arr = (v) => (Array.isArray(v) ? v : []);

  function say(message) {
    $('status').textContent = message;
  }

  // ---- the form ----------------------------------------------------------------------------------------

  function kind() {
    return document.querySelector('input[name="kind"]:checked').value;
  }

  function showKind() {
    for (const box of document.querySelectorAll('.source')) box.hidden = box.dataset.kind !== kind();
  }

  function questionInputs() {
    return [...$('question-list').querySelectorAll('input')];
  }

  function addQuestion(value) {
    const list = $('question-list');
    if (list.children.length >= MAX_QUESTIONS) return null;
    const li = h('li');
    const input = h('input', {type: 'text', maxlength: MAX_QUESTION_LENGTH, name: 'question'});
    input.value = value || '';
    const label = h('label');
    const remove = h('button', {type: 'button', class: 'remove secondary'}, 'Remove');
    remove.addEventListener('click', () => {
      li.remove();
      if (!list.children.length) addQuestion('');
      renumberQuestions();
      const inputs = questionInputs();
      inputs[inputs.length - 1].focus();
    });
    li.append(label, input, remove);
    list.appendChild(li);
    renumberQuestions();
    return input;
  }

  function renumberQuestions() {
    [...$('question-list').children].forEach((li, i) => {
      const id = 'question-' + (i + 1);
      li.querySelector('input').id = id;
      const label = li.querySelector('label');
      label.htmlFor = id;
      label.textContent = 'Question ' + (i + 1);
      li.querySelector('.remove').setAttribute('aria-label', 'Remove question ' + (i + 1));
    });
    $('add-question').disabled = $('question-list').children.length >= MAX_QUESTIONS;
  }

  /** The request body, as the form says: one source and the non-empty questions. */
  function request() {
    const body = {};
    switch (kind()) {
      case 'url':
        body.url = $('src-url').value.trim();
        break;
      case 'html':
        body.html = $('src-html').value;
        if ($('src-base').value.trim()) body.baseUrl = $('src-base').value.trim();
        break;
      default:
        body.text = $('src-text').value;
    }
    const questions = questionInputs().map((q) => q.value.trim()).filter((q) => q);
    if (questions.length) body.questions = questions;
    body.include = ['text'];   // the article's body, to show the quotes in place (answers leave it out otherwise)
    return body;
  }

  /** The input that a server error's "field" names, if the form has one. */
  function inputFor(field) {
    if (!field) return null;
    const ids = {url: 'src-url', html: 'src-html', baseUrl: 'src-base', text: 'src-text'};
    if (ids[field]) return $(ids[field]);
    const q = /^questions(?:\[(\d+)\])?$/.exec(field);
    if (q) {
      const filled = questionInputs().filter((i) => i.value.trim());
      return filled[q[1] ? Number(q[1]) : 0] || null;
    }
    return null;
  }

  async function summarize(event) {
    event.preventDefault();
    const button = $('submit');
    clearError();
    button.disabled = true;
    say('Summarizing…');
    const started = performance.now();
    try {
      const response = await fetch('summarize', {
        method: 'POST',
        headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
        body: JSON.stringify(request()),
      });
      const text = await response.text();
      let body = null;
      try {
        body = JSON.parse(text);
      } catch (e) {
        body = null;
      }
      if (response.ok && body && body.result) {
        render(body.result, {location: body.location, reused: body.reused, omitted: body.omitted});
        say('Done in ' + seconds(performance.now() - started) + '.');
      } else if (body && typeof body.error === 'string') {
        showError(body.error, body.message, body.field);
      } else {
        showError('http_' + response.status, text.slice(0, 300) || response.statusText);
      }
    } catch (e) {
      showError('network_error', 'Precis did not answer: ' + e.message);
    } finally {
      button.disabled = false;
    }
  }

  function seconds(ms) {
    return ms < 1000 ? Math.round(ms) + ' ms' : (ms / 1000).toFixed(1) + ' s';
  }

  // ---- a stored result ---------------------------------------------------------------------------------

  function openStored(text, name) {
    clearError();
    let doc;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      showError('invalid_json', name + ' is not JSON: ' + e.message);
      return;
    }
    if (doc && doc.schema === 'precis.error/v1') {
      showError(str(doc.error) || 'error', str(doc.message) + (doc.source ? ' (' + str(doc.source) + ')' : ''),
        doc.field);
      return;
    }
    const context = {stored: name};
    if (doc && doc.result && typeof doc.result === 'object') {   // the answer of POST /summarize
      context.location = doc.location;
      context.reused = doc.reused;
      context.omitted = doc.omitted;
      doc = doc.result;
    }
    if (!doc || doc.schema !== 'precis.summary/v1' || typeof doc.article !== 'object' || !doc.article) {
      showError('not_a_summary', name + ' is not a precis.summary/v1 result (a *.summary.json file).');
      return;
    }
    render(doc, context);
    say('Showing ' + name + '.');
  }

  function openFile() {
    const file = $('stored-file').files[0];
    if (!file) return;
    file.text().then((text) => openStored(text, file.name),
      (e) => showError('unreadable_file', file.name + ' could not be read: ' + e.message));
  }

  // ---- errors ------------------------------------------------------------------------------------------

  function showError(code, message, field) {
    $('error-code').textContent = str(code);
    $('error-message').textContent = str(message);
    $('error-field').hidden = !field;
    $('error-field-name').textContent = str(field);
    $('error').hidden = false;
    $('result').hidden = true;   // an earlier result under a new error would read as its answer
    const input = inputFor(field);
    if (input) input.setAttribute('aria-invalid', 'true');
    say('');
  }

  function clearError() {
    $('error').hidden = true;
    for (const e of document.querySelectorAll('[aria-invalid]')) e.removeAttribute('aria-invalid');
  }

  // ---- the result --------------------------------------------------------------------------------------

  function render(result, context) {
    const article = result.article || {};
    // Answers leave the body text out unless asked for; without it the quotes have no place to be shown.
    const hasText = typeof article.text === 'string';
    const text = hasText ? article.text : '';
    const problems = [];
    const quotes = [];   // {id, kind, label, start, end}
    const place = (id, kind, label, quote) => hasText && span(quotes, problems, id, kind, label, quote, text);

    $('result-origin').textContent = context.stored
      ? 'Stored result ' + context.stored + ', shown in the browser.'
      : 'Result of POST /summarize.';

    $('result-title').textContent = str(article.title) || 'Untitled article';
    pairs($('meta'), [
      ['By', article.byline],
      ['Published', article.published && timeElement(article.published)],
      ['Site', article.siteName],
      ['Page type', article.pageType],
      ['Language', article.lang],
      ['Words', article.words],
      ['Address', article.url && link(article.url)],
    ]);
    $('summary').textContent = str(result.summary);

    const facts = $('facts');
    facts.replaceChildren();
    arr(result.keyFacts).forEach((fact, i) => {
      const id = 'fact-' + i;
      const label = 'Key fact ' + (i + 1);
      if (place(id, 'fact', label, fact)) {
        facts.appendChild(h('li', {}, cite(str(fact.fact), [id], label), matchNote([fact.match])));
      } else {
        facts.appendChild(h('li', {}, h('span', {class: 'unplaced'}, str(fact.fact))));
      }
    });
    if (!facts.children.length) facts.appendChild(h('li', {class: 'none'}, 'No key facts.'));

    const answers = $('answers');
    answers.replaceChildren();
    arr(result.answers).forEach((answer, i) => {
      const li = h('li', {}, h('p', {class: 'question'}, str(answer.question)));
      if (answer.status === 'answered') {
        const label = 'Answer ' + (i + 1);
        const ids = arr(answer.quotes).map((q, j) => 'answer-' + i + '-' + j)
          .filter((id, j) => place(id, 'answer', label, answer.quotes[j]));
        li.appendChild(ids.length ? cite(str(answer.answer), ids, label)
          : h('p', {class: 'unplaced'}, str(answer.answer)));
        const note = matchNote(arr(answer.quotes).map((q) => q && q.match));
        if (note) li.appendChild(note);
      } else {
        li.appendChild(h('p', {class: 'not-stated'}, 'Not stated in the article'));
      }
      answers.appendChild(li);
    });
    $('answers-block').hidden = !answers.children.length;

    const warnings = $('warnings');
    warnings.replaceChildren();
    for (const w of arr(result.warnings).concat(problems)) warnings.appendChild(h('li', {}, str(w)));
    if (!warnings.children.length) warnings.appendChild(h('li', {class: 'none'}, 'None.'));

    const p = result.provenance || {};
    const source = result.source || {};
    pairs($('provenance'), [
      ['Source', source.uri === article.url ? undefined : source.uri],
      ['Source type', source.contentType && source.contentType + (Number.isFinite(source.bytes) ? ', ' + source.bytes + ' bytes' : '')],
      ['Stored at', context.location],
      ['Reused', context.reused === undefined ? undefined
        : context.reused ? 'yes: an identical earlier result, no model call' : 'no'],
      ['Engine', p.engine],
      ['Model', p.model],
      ['Prompt', p.promptVersion],
      ['Extractor', p.extractorVersion],
      ['Tokens', p.inputTokens === undefined ? undefined
        : p.inputTokens + ' in, ' + p.outputTokens + ' out'],
      ['Model calls', p.llmCalls],
      ['Duration', Number.isFinite(p.durationMs) ? seconds(p.durationMs) : undefined],
      ['Created', p.createdAt],
    ]);

    if (hasText) {
      renderArticle($('article'), text, quotes);
    } else {
      const why = arr(context.omitted).includes('article.text')
        ? 'The article text was left out of this answer: it would have made the answer too large.'
        : 'This answer has no article text (it comes only when the request asks for it: "include": ["text"]).';
      $('article').replaceChildren(h('p', {class: 'no-text'}, why + ' Open the stored result'
        + (context.location ? ' (' + str(context.location) + ')' : '') + ' to see the quotes in place.'));
    }
    $('result').hidden = false;
    $('result').scrollIntoView({block: 'start', behavior: reduceMotion ? 'auto' : 'smooth'});
  }

  /** Records a quote's span when its offsets lie inside the text; else notes why it cannot be shown. */
  function span(quotes, problems, id, kind, label, quote, text) {
    const start = quote && quote.start;
    const end = quote && quote.end;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
      problems.push(label + ': its quote has no valid place in the article text, so it is not highlighted.');
      return false;
    }
    quotes.push({id, kind, label, start, end});
    return true;
  }

  /** A button that marks the quotes `ids` in the article. */
  /** A line saying how the quotes were found, when not character for character; else null. */
  function matchNote(matches) {
    const notes = [...new Set(matches.filter((m) => Object.hasOwn(MATCH_NOTES, m)))].map((m) => MATCH_NOTES[m]);
    return notes.length ? h('p', {class: 'match'}, notes.join('; ')) : null;
  }

  function cite(text, ids, label) {
    const b = h('button', {type: 'button', class: 'cite', 'data-quotes': ids.join(' '), 'aria-controls': 'article',
      'aria-pressed': 'false', title: 'Show the quote in the article'}, text);
    b.addEventListener('click', () => select(ids, label));
    return b;
  }

  /**
   * The article text with each quote's characters inside <mark> elements. Quotes may overlap, so the text
   * is cut at every quote boundary; each piece is marked with the ids of all quotes that cover it.
   */
  function renderArticle(container, text, quotes) {
    const cuts = new Set([0, text.length]);
    for (const q of quotes) {
      cuts.add(q.start);
      cuts.add(q.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const out = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i];
      const to = points[i + 1];
      const piece = text.substring(from, to);
      const covering = quotes.filter((q) => q.start <= from && q.end >= to);
      if (!covering.length) {
        out.appendChild(document.createTextNode(piece));
        continue;
      }
      const kinds = new Set(covering.map((q) => q.kind));
      const mark = h('mark', {
        class: [...kinds].map((k) => 'q-' + k).join(' '),
        'data-quotes': covering.map((q) => q.id).join(' '),
        title: covering.map((q) => q.label).join('; '),
      }, piece);
      mark.addEventListener('click', () => select([covering[0].id], covering[0].label));
      out.appendChild(mark);
    }
    container.replaceChildren(out);
    container.scrollTop = 0;
  }

  /** Marks the quotes `ids` (and the buttons that cite them) and scrolls the first into view. */
  function select(ids, label) {
    const wanted = (el) => el.dataset.quotes.split(' ').some((id) => ids.includes(id));
    for (const e of document.querySelectorAll('.current')) e.classList.remove('current');
    for (const e of document.querySelectorAll('.cite[aria-pressed]')) e.setAttribute('aria-pressed', 'false');
    const marks = [...$('article').querySelectorAll('mark[data-quotes]')].filter(wanted);
    for (const m of marks) m.classList.add('current');
    for (const b of [...document.querySelectorAll('.cite')].filter(wanted)) {
      b.classList.add('current');
      b.setAttribute('aria-pressed', 'true');
    }
    if (marks.length) {
      reveal(marks[0]);
      say(label + ': its quote is marked in the article text.');
    }
  }

  /**
   * Scrolls the article text so that `mark` is in its middle. Beside the facts (wide screens) the text scrolls
   * in its own box and the page stays put; below them (narrow screens) the page scrolls.
   */
  function reveal(mark) {
    const box = $('article');
    const behavior = reduceMotion ? 'auto' : 'smooth';
    if (box.scrollHeight > box.clientHeight + 1) {
      const b = box.getBoundingClientRect();
      const m = mark.getBoundingClientRect();
      box.scrollTo({top: box.scrollTop + (m.top - b.top) - (b.height - m.height) / 2, behavior});
      box.scrollIntoView({block: 'nearest', behavior});
    } else {
      mark.scrollIntoView({block: 'center', behavior});
    }
  }

  function pairs(dl, rows) {
    dl.replaceChildren();
    for (const [name, value] of rows) {
      if (value === undefined || value === null || value === '') continue;
      dl.append(h('div', {}, h('dt', {}, name), h('dd', {}, value instanceof Node ? value : str(value))));
    }
  }

  function timeElement(value) {
    const t = h('time', {}, str(value));
    if (/^\d{4}-\d{2}-\d{2}/.test(str(value))) t.setAttribute('datetime', str(value));
    return t;
  }

  function link(url) {
    if (!LINKABLE.test(str(url))) return str(url);
    return h('a', {href: str(url), rel: 'noopener noreferrer nofollow'}, str(url));
  }

  // ---- wiring ------------------------------------------------------------------------------------------

  document.addEventListener('DOMContentLoaded', () => {
    for (const r of document.querySelectorAll('input[name="kind"]')) r.addEventListener('change', showKind);
    showKind();
    addQuestion('');
    $('add-question').addEventListener('click', () => {
      const input = addQuestion('');
      if (input) input.focus();
    });
    $('sample').addEventListener('click', () => {
      document.querySelector('input[name="kind"][value="text"]').checked = true;
      showKind();
      $('src-text').value = SAMPLE.text;
      $('question-list').replaceChildren();
      SAMPLE.questions.forEach(addQuestion);
      $('submit').focus();
    });
    $('summarize-form').addEventListener('submit', summarize);
    $('stored-file').addEventListener('change', openFile);
    $('open-form').addEventListener('submit', (event) => {
      event.preventDefault();
      if ($('stored-json').value.trim()) openStored($('stored-json').value, 'the pasted JSON');
      else openFile();
    });
  });
})();
