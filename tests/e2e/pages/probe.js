// The test pages' own script (served from the page's origin, so a CSP of script-src 'self'
// still runs it). It records the page's text nodes as they were before the extension ran
// (content scripts run at document_idle, after DOMContentLoaded) and keeps a timer going,
// so the tests can check that the page's text is untouched and its scripts still work.
(() => {
  const textNodes = () => {
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    return nodes;
  };
  const probe = { ticks: 0, clicks: 0, nodes: null, data: null, innerText: null, textContent: null };
  probe.add = (a, b) => a + b;
  probe.snapshot = () => {
    const nodes = textNodes();
    return { nodes, data: nodes.map((n) => n.data), innerText: document.body.innerText, textContent: document.body.textContent };
  };
  /** Whether the page's text nodes are the very same nodes with the very same data. */
  probe.unchanged = () => {
    const now = probe.snapshot();
    const problems = [];
    if (now.nodes.length !== probe.nodes.length) problems.push(`text node count ${probe.nodes.length} -> ${now.nodes.length}`);
    now.nodes.forEach((node, i) => {
      if (node !== probe.nodes[i]) problems.push(`text node ${i} replaced`);
      else if (node.data !== probe.data[i]) problems.push(`text node ${i} changed`);
    });
    if (now.innerText !== probe.innerText) problems.push('body.innerText changed');
    if (now.textContent !== probe.textContent) problems.push('body.textContent changed');
    return problems;
  };
  document.addEventListener('DOMContentLoaded', () => {
    Object.assign(probe, probe.snapshot());
    setInterval(() => { probe.ticks += 1; }, 50);
    document.addEventListener('click', () => { probe.clicks += 1; });
  });
  window.pageProbe = probe;
})();
