// The knowledge graph explorer: reads the graph inlined in the page (#kg-data) and shows it
// with sigma.js (WebGL) over a graphology graph. Every text from the data reaches the page
// through textContent or canvas text, never as markup.
(function () {
  "use strict";

  var Libs = window.KGLibs;
  var timings = [["start", performance.now()]];
  function mark(name) { timings.push([name, performance.now()]); }
  var raw = JSON.parse(document.getElementById("kg-data").textContent);
  mark("parse");

  var NODE_COLORS = { Person: "#3b6fb6", Organization: "#e8731a", Place: "#3f9a4a", Event: "#9b59b6", Article: "#8a8f98" };
  var REL_COLORS = { STATED: "#1f9e89", ATTACKED: "#d62828", MET_AT: "#e0a100", AFFILIATED_WITH: "#7d5ba6", HELD_IN: "#7a8699", MENTIONED_IN: "#c5cad3" };
  var DIM_NODE = "#e3e6eb", DIM_EDGE = "#eef0f3";
  var ARTICLE = raw.nodeTypes.indexOf("Article");
  var MENTIONED = raw.relTypes.indexOf("MENTIONED_IN");

  // ---- the data, in flat arrays indexed by node and edge number --------------------------
  var N = raw.nodes.length, E = raw.edges.length;
  var nodeId = new Array(N), nodeType = new Int32Array(N), nodeName = new Array(N), nodeAliases = new Array(N),
      nodeMentions = new Int32Array(N), nodeArticles = new Array(N), degree = new Int32Array(N);
  var keyIndex = Object.create(null);
  raw.nodes.forEach(function (n, i) {
    nodeId[i] = n[0]; nodeType[i] = n[1]; nodeName[i] = n[2]; nodeAliases[i] = n[3];
    nodeMentions[i] = n[4]; nodeArticles[i] = n[5];
    keyIndex[n[0]] = i;
  });
  var edgeSource = new Int32Array(E), edgeType = new Int32Array(E), edgeTarget = new Int32Array(E);
  var incident = new Array(N);
  for (var i0 = 0; i0 < N; i0++) incident[i0] = [];
  raw.edges.forEach(function (e, k) {
    edgeSource[k] = e[0]; edgeType[k] = e[1]; edgeTarget[k] = e[2];
    incident[e[0]].push(k);
    if (e[2] !== e[0]) incident[e[2]].push(k);
    if (e[1] !== MENTIONED) { degree[e[0]]++; degree[e[2]]++; }
  });
  var articles = raw.articles;
  function articleDate(a) { return articles[a].published || ""; }
  function articleOutlet(a) { return articles[a].outlet || ""; }
  function articleTitle(a) { var x = articles[a]; return x.title || (x.node !== undefined ? nodeName[x.node] : x.key); }
  var isEntity = function (i) { return nodeType[i] !== ARTICLE; };
  var entityCount = 0;
  for (var i1 = 0; i1 < N; i1++) if (isEntity(i1)) entityCount++;
  var shownEdgeTotal = 0;
  for (var k0 = 0; k0 < E; k0++) if (edgeType[k0] !== MENTIONED && isEntity(edgeSource[k0]) && isEntity(edgeTarget[k0])) shownEdgeTotal++;

  // ---- state -------------------------------------------------------------------------------
  var state = {
    typeOn: raw.nodeTypes.map(function (t) { return t !== "Article"; }),
    relOn: raw.relTypes.map(function (t) { return t !== "MENTIONED_IN"; }),
    provenance: false,
    minDegree: 0,
    sizeBy: "mentions",
    articleOn: articles.map(function () { return true; }),
    outletOn: Object.create(null),
    dateFrom: "", dateTo: "",
    focus: null,          // { center, hops, nodes: Set of indexes }
    selected: null,       // { kind: "node"|"edge", index }
    hovered: null
  };
  var history = [];
  var visibleNode = new Uint8Array(N);
  var counts = { nodes: 0, edges: 0 };
  var activeArticles = null; // null: every article passes, no article filtering at all
  var outlets = [];
  articles.forEach(function (a, i) {
    var o = articleOutlet(i);
    if (!(o in state.outletOn)) { state.outletOn[o] = true; outlets.push(o); }
  });
  outlets.sort();

  // Large graphs start from the best-connected entities; the rest load on demand.
  var limit = raw.limit > 0 ? raw.limit : N;
  var loaded = new Uint8Array(N);
  var byDegree = [];
  for (var i2 = 0; i2 < N; i2++) if (isEntity(i2)) byDegree.push(i2);
  byDegree.sort(function (a, b) { return degree[b] - degree[a] || a - b; });
  var loadedCursor = 0;

  // ---- graphology graph and sigma renderer -----------------------------------------------
  var graph = new Libs.Graph({ type: "directed", multi: true, allowSelfLoops: true });
  var small = N <= 3000;

  function nodeSize(i) {
    if (nodeType[i] === ARTICLE) return 5;
    var v = state.sizeBy === "degree" ? degree[i] : nodeMentions[i];
    return Math.min(28, 3 + 2.4 * Math.sqrt(v));
  }
  // Thin edges in very large graphs: with software WebGL most of a frame is filling edge pixels.
  var big = E > 20000;
  function edgeSize(k) { return big ? 0.5 : Math.min(6, 1 + Math.log2(raw.edges[k][3] || 1)); }

  function addNode(i) {
    if (loaded[i]) return;
    loaded[i] = 1;
    var n = raw.nodes[i];
    graph.addNode(nodeId[i], {
      x: n[6], y: -n[7], label: nodeName[i], size: nodeSize(i),
      color: NODE_COLORS[raw.nodeTypes[nodeType[i]]] || "#999", hidden: true, index: i
    });
  }
  function addEdgesOf(i) {
    incident[i].forEach(function (k) {
      var key = "e" + k;
      if (graph.hasEdge(key) || !loaded[edgeSource[k]] || !loaded[edgeTarget[k]]) return;
      graph.addDirectedEdgeWithKey(key, nodeId[edgeSource[k]], nodeId[edgeTarget[k]], {
        size: edgeSize(k), color: REL_COLORS[raw.relTypes[edgeType[k]]] || "#ccc", hidden: true, index: k
      });
    });
  }
  function load(indexes) {
    indexes.forEach(addNode);
    indexes.forEach(addEdgesOf);
  }
  function loadNext(count) {
    var chunk = [];
    while (loadedCursor < byDegree.length && chunk.length < count) {
      var i = byDegree[loadedCursor++];
      if (!loaded[i]) chunk.push(i);
    }
    load(chunk);
  }
  // Article nodes are few and needed for provenance whatever is loaded.
  var articleNodes = [];
  for (var i3 = 0; i3 < N; i3++) if (nodeType[i3] === ARTICLE) articleNodes.push(i3);
  loadNext(limit);
  load(articleNodes);

  // Graphs of modest size get a ForceAtlas2 pass over the precomputed positions, which gives
  // hubs room and separates clusters better than the writer's fast layout. It starts from the
  // same positions and runs a fixed number of iterations: the same file shows the same picture.
  function relax() {
    var sub = new Libs.Graph({ type: "undirected", multi: true });
    graph.forEachNode(function (key, a) { if (nodeType[a.index] !== ARTICLE) sub.addNode(key, { x: a.x, y: a.y, size: a.size }); });
    graph.forEachEdge(function (key, a, s, t) {
      if (edgeType[a.index] !== MENTIONED && s !== t && sub.hasNode(s) && sub.hasNode(t)) sub.addEdge(s, t);
    });
    if (sub.order < 2) return;
    var settings = Libs.forceAtlas2.inferSettings(sub);
    settings.gravity = 0.5;
    settings.scalingRatio = 8;
    settings.barnesHutOptimize = sub.order > 400;
    Libs.forceAtlas2.assign(sub, { iterations: sub.order <= 300 ? 500 : 200, settings: settings });
    sub.forEachNode(function (key, a) { graph.mergeNodeAttributes(key, { x: a.x, y: a.y }); });
    articleNodes.forEach(function (i, n) {
      var sx = 0, sy = 0, c = 0;
      incident[i].forEach(function (k) {
        var o = edgeSource[k] === i ? edgeTarget[k] : edgeSource[k];
        if (loaded[o] && nodeType[o] !== ARTICLE) { sx += graph.getNodeAttribute(nodeId[o], "x"); sy += graph.getNodeAttribute(nodeId[o], "y"); c++; }
      });
      if (c) graph.mergeNodeAttributes(nodeId[i], { x: sx / c + 3 * Math.cos(n * 2.4), y: sy / c + 3 * Math.sin(n * 2.4) });
    });
  }
  if (graph.order <= 1500) relax();

  var container = document.getElementById("kg-graph");
  mark("graph");
  // Visibility is set before the renderer exists, so it indexes the graph once.
  computeVisibility();
  var renderer = new Libs.Sigma(graph, container, {
    defaultEdgeType: E <= 20000 ? "arrow" : "line",
    renderEdgeLabels: false,
    enableEdgeEvents: E <= 20000,
    minEdgeThickness: big ? 1 : 1.7,
    labelRenderedSizeThreshold: small ? 5 : 9,
    labelDensity: small ? 1.2 : 0.6,
    labelFont: "system-ui, sans-serif",
    labelSize: 12,
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    nodeReducer: nodeReducer,
    edgeReducer: edgeReducer
  });

  // Large views move as a picture of their last drawing and are drawn again when the camera
  // stops (explorer.motion.js); small ones are drawn live, which costs little even without a GPU.
  var MOTION_PICTURE_ITEMS = 5000;
  var motion = window.KGMotion(renderer, {
    container: container,
    usePicture: function () { return counts.nodes + counts.edges > MOTION_PICTURE_ITEMS; }
  });

  // ---- what is visible ---------------------------------------------------------------------
  function articleActive(a) {
    if (!state.articleOn[a] || !state.outletOn[articleOutlet(a)]) return false;
    if (state.dateFrom || state.dateTo) {
      var d = articleDate(a);
      if (!d) return false;
      if (state.dateFrom && d < state.dateFrom) return false;
      if (state.dateTo && d.slice(0, 10) > state.dateTo) return false;
    }
    return true;
  }

  function computeActiveArticles() {
    var all = true, act = new Uint8Array(articles.length);
    for (var a = 0; a < articles.length; a++) { act[a] = articleActive(a) ? 1 : 0; if (!act[a]) all = false; }
    activeArticles = all ? null : act;
  }
  function nodeVisible(i) {
    if (!loaded[i] || !state.typeOn[nodeType[i]]) return false;
    if (nodeType[i] !== ARTICLE && degree[i] < state.minDegree) return false;
    if (activeArticles) {
      var arts = nodeArticles[i], any = arts.length === 0;
      for (var j = 0; j < arts.length && !any; j++) if (activeArticles[arts[j]]) any = true;
      if (!any) return false;
    }
    if (state.focus && !state.focus.nodes.has(i)) return false;
    return true;
  }
  function edgeVisible(k, visibleNode) {
    if (!state.relOn[edgeType[k]] || !visibleNode[edgeSource[k]] || !visibleNode[edgeTarget[k]]) return false;
    if (activeArticles) {
      var ev = raw.edges[k][4];
      if (ev.length === 0) return true;
      for (var j = 0; j < ev.length; j++) if (activeArticles[ev[j][0]]) return true;
      return false;
    }
    return true;
  }


  function apply() {
    computeVisibility();
    computeHighlight();
    renderer.refresh();
    updateStatus();
  }

  function computeVisibility() {
    computeActiveArticles();
    var nodesShown = 0, edgesShown = 0;
    graph.forEachNode(function (key, attr) {
      var i = attr.index, v = nodeVisible(i);
      visibleNode[i] = v ? 1 : 0;
      if (v) nodesShown++;
    });
    graph.updateEachNodeAttributes(function (key, attr) {
      attr.hidden = !visibleNode[attr.index];
      attr.size = nodeSize(attr.index);
      return attr;
    }, { attributes: ["hidden", "size"] });
    graph.updateEachEdgeAttributes(function (key, attr) {
      var v = edgeVisible(attr.index, visibleNode);
      if (v) edgesShown++;
      attr.hidden = !v;
      return attr;
    }, { attributes: ["hidden"] });
    counts.nodes = nodesShown; counts.edges = edgesShown;
  }

  function updateStatus() {
    var status = document.getElementById("kg-status");
    var text = "Showing " + fmt(counts.nodes) + " of " + fmt(entityCount + (state.provenance ? articleNodes.length : 0)) +
      " nodes and " + fmt(counts.edges) + " of " + fmt(state.provenance ? E : shownEdgeTotal) + " edges";
    if (state.focus) text += " · focused on " + nodeName[state.focus.center] + " (" + state.focus.hops + " hop" + (state.focus.hops > 1 ? "s" : "") + ")";
    status.textContent = text;
    // Counted from what the renderer holds, so tests and scripts see what is really drawn.
    // (sigma's caches are read directly where present: the public getters copy each record.)
    var nodeData = renderer.nodeDataCache, edgeData = renderer.edgeDataCache;
    function nodeShown(key) { var d = nodeData ? nodeData[key] : renderer.getNodeDisplayData(key); return !!d && !d.hidden; }
    function edgeShown(key) { var d = edgeData ? edgeData[key] : renderer.getEdgeDisplayData(key); return !!d && !d.hidden; }
    var drawnNodes = 0, drawnEdges = 0;
    graph.forEachNode(function (key) { if (nodeShown(key)) drawnNodes++; });
    graph.forEachEdge(function (key, attr, s, t) { if (edgeShown(key) && nodeShown(s) && nodeShown(t)) drawnEdges++; });
    status.setAttribute("data-nodes", String(drawnNodes));
    status.setAttribute("data-edges", String(drawnEdges));
    var loadedEntities = 0;
    for (var i = 0; i < N; i++) if (loaded[i] && isEntity(i)) loadedEntities++;
    var banner = document.getElementById("kg-large");
    if (loadedEntities < entityCount) {
      banner.hidden = false;
      document.getElementById("kg-large-text").textContent =
        "Large graph: showing the " + fmt(loadedEntities) + " best-connected of " + fmt(entityCount) +
        " entities and the relations among them. Searching for a name loads it with its neighbours.";
    } else {
      banner.hidden = true;
    }
    document.getElementById("kg-back").disabled = history.length === 0;
    var nodeSelected = state.selected && state.selected.kind === "node";
    document.getElementById("kg-focus1").disabled = !nodeSelected;
    document.getElementById("kg-focus2").disabled = !nodeSelected;
  }

  function fmt(n) { return n.toLocaleString("en-US"); }

  // ---- highlighting ---------------------------------------------------------------------------
  var highlight = null; // Set of node indexes to keep bright, or null

  function computeHighlight() {
    var center = null;
    if (state.hovered !== null) center = state.hovered;
    else if (state.selected && state.selected.kind === "node") center = state.selected.index;
    if (state.selected && state.selected.kind === "edge" && state.hovered === null) {
      var k = state.selected.index;
      highlight = new Set([edgeSource[k], edgeTarget[k]]);
      highlightEdge = k;
      return;
    }
    highlightEdge = -1;
    if (center === null) { highlight = null; return; }
    highlight = new Set([center]);
    incident[center].forEach(function (k) {
      if (graph.hasEdge("e" + k) && !graph.getEdgeAttribute("e" + k, "hidden")) {
        highlight.add(edgeSource[k]); highlight.add(edgeTarget[k]);
      }
    });
    highlightCenter = center;
  }
  var highlightEdge = -1, highlightCenter = -1;

  function nodeReducer(key, data) {
    if (!highlight) return data;
    var i = data.index, res = Object.assign({}, data);
    if (highlight.has(i)) {
      res.forceLabel = true;
      res.zIndex = 2;
      if ((state.selected && state.selected.kind === "node" && state.selected.index === i) || i === state.hovered) res.highlighted = true;
    } else {
      res.color = DIM_NODE; res.label = ""; res.zIndex = 0;
    }
    return res;
  }
  function edgeReducer(key, data) {
    if (!highlight) return data;
    var k = data.index, res = Object.assign({}, data);
    var on = highlightEdge >= 0 ? k === highlightEdge
      : (edgeSource[k] === highlightCenter || edgeTarget[k] === highlightCenter);
    if (on) { res.zIndex = 2; if (highlightEdge === k) res.size = data.size + 2; }
    else { res.color = DIM_EDGE; res.zIndex = 0; }
    return res;
  }
  function rehighlight() { computeHighlight(); renderer.refresh({ skipIndexation: false }); }

  // ---- camera -----------------------------------------------------------------------------------
  function fitVisible(animate) {
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, any = false;
    graph.forEachNode(function (key, attr) {
      if (attr.hidden) return;
      var d = renderer.getNodeDisplayData(key);
      if (!d) return;
      any = true;
      if (d.x < minX) minX = d.x; if (d.x > maxX) maxX = d.x;
      if (d.y < minY) minY = d.y; if (d.y > maxY) maxY = d.y;
    });
    var target = any
      ? { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: Math.max(0.08, Math.max(maxX - minX, maxY - minY) * 1.15), angle: 0 }
      : { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    if (animate) renderer.getCamera().animate(target, { duration: 350 });
    else {
      // Drawn at once: a large view would otherwise show a moved picture of the old drawing first.
      renderer.getCamera().setState(target);
      renderer.render();
    }
  }
  function centerOn(i) {
    var d = renderer.getNodeDisplayData(nodeId[i]);
    if (!d) return;
    var cam = renderer.getCamera();
    cam.animate({ x: d.x, y: d.y, ratio: Math.min(cam.getState().ratio, 0.35) }, { duration: 400 });
  }

  function centerOnEdge(k) {
    var a = renderer.getNodeDisplayData(nodeId[edgeSource[k]]), b = renderer.getNodeDisplayData(nodeId[edgeTarget[k]]);
    if (!a || !b) return;
    var span = Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y));
    renderer.getCamera().animate({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, ratio: Math.min(1, Math.max(0.6, span * 2.5)) }, { duration: 400 });
  }

  // ---- selection and panels -----------------------------------------------------------------
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) for (var a in attrs) {
      if (a === "text") e.textContent = attrs[a];
      else if (a === "className") e.className = attrs[a];
      else if (a === "onclick") e.addEventListener("click", attrs[a]);
      else e.setAttribute(a, attrs[a]);
    }
    if (children) children.forEach(function (c) { if (c) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }
  function bdi(text) { return el("bdi", { text: text }); }
  function swatch(color, line) { var s = el("span", { className: "swatch" + (line ? " line" : ""), "aria-hidden": "true" }); s.style.background = color; return s; }
  function nodeButton(i) {
    return el("button", { type: "button", className: "linklike", onclick: function () { selectNode(i, true); } }, [bdi(nodeName[i])]);
  }

  function ensureLoaded(i) {
    if (loaded[i]) return;
    var set = [i];
    incident[i].forEach(function (k) { set.push(edgeSource[k], edgeTarget[k]); });
    load(set);
  }

  function selectNode(i, center) {
    ensureLoaded(i);
    if (state.focus && !state.focus.nodes.has(i)) { state.focus = null; }
    state.selected = { kind: "node", index: i };
    apply();
    showNode(i);
    if (center) centerOn(i);
  }
  function selectEdge(k) {
    ensureLoaded(edgeSource[k]); ensureLoaded(edgeTarget[k]);
    state.selected = { kind: "edge", index: k };
    apply();
    showEdge(k);
  }
  function clearSelection() {
    state.selected = null;
    rehighlight();
    var d = document.getElementById("kg-details");
    d.replaceChildren(el("p", { className: "hint", text: "Click a node or an edge, or search for a name, to see its details and evidence here." }));
    d.removeAttribute("data-selected");
    updateStatus();
  }

  function showNode(i) {
    var d = document.getElementById("kg-details");
    var type = raw.nodeTypes[nodeType[i]];
    var parts = [
      el("h2", { dir: "auto" }, [bdi(nodeName[i])]),
      el("p", null, [el("span", { className: "kind" }, [swatch(NODE_COLORS[type]), type]),
        " · " + fmt(nodeMentions[i]) + " mention" + (nodeMentions[i] === 1 ? "" : "s") + " · degree " + degree[i]]),
      el("p", { className: "hint" }, ["id ", bdi(nodeId[i])])
    ];
    if (!visibleNode[i]) parts.push(el("p", { className: "hint", text: "Hidden by the current filters." }));
    parts.push(el("div", { className: "tools" }, [
      el("button", { type: "button", onclick: function () { focusOn(i, 1); } }, ["Focus 1 hop"]),
      el("button", { type: "button", onclick: function () { focusOn(i, 2); } }, ["2 hops"])
    ]));
    if (nodeAliases[i].length) {
      parts.push(el("h3", { text: "Also called" }));
      parts.push(el("p", null, nodeAliases[i].map(function (a) { return el("span", { className: "pill", dir: "auto" }, [bdi(a)]); })));
    }
    if (nodeType[i] === ARTICLE) {
      var a = articleOfNode(i);
      if (a >= 0) { parts.push(el("h3", { text: "Article" })); parts.push(articleMeta(a, true)); }
    } else if (nodeArticles[i].length) {
      parts.push(el("h3", { text: "Mentioned in " + nodeArticles[i].length + " article" + (nodeArticles[i].length === 1 ? "" : "s") }));
      parts.push(el("ul", null, nodeArticles[i].map(function (a) { return el("li", null, [articleMeta(a, false)]); })));
    }
    // Relations grouped by type, each one a button that opens its evidence.
    var groups = {};
    incident[i].forEach(function (k) {
      var t = raw.relTypes[edgeType[k]];
      (groups[t] = groups[t] || []).push(k);
    });
    raw.relTypes.forEach(function (t) {
      var ks = groups[t];
      if (!ks) return;
      parts.push(el("h3", null, [swatch(REL_COLORS[t], true), " " + t + " (" + ks.length + ")"]));
      ks.sort(function (a, b) { return raw.edges[b][3] - raw.edges[a][3] || a - b; });
      parts.push(el("ul", { "data-relation": t }, ks.slice(0, 200).map(function (k) {
        var out = edgeSource[k] === i, other = out ? edgeTarget[k] : edgeSource[k];
        return el("li", null, [
          el("button", { type: "button", className: "linklike", "data-edge": "e" + k,
            "aria-label": (out ? nodeName[i] + " " + t + " " + nodeName[other] : nodeName[other] + " " + t + " " + nodeName[i]) + ", " + raw.edges[k][3] + " evidence",
            onclick: function () { selectEdge(k); } },
            [(out ? "→ " : "← "), bdi(nodeName[other])]),
          el("span", { className: "hint" }, [" ×" + raw.edges[k][3]])
        ]);
      })));
      if (ks.length > 200) parts.push(el("p", { className: "hint", text: (ks.length - 200) + " more not listed" }));
    });
    d.replaceChildren.apply(d, parts);
    d.setAttribute("data-selected", nodeId[i]);
  }

  function articleOfNode(i) {
    for (var a = 0; a < articles.length; a++) if (articles[a].node === i) return a;
    return -1;
  }

  function safeUrl(u) { return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null; }

  function articleMeta(a, full, date) {
    var x = articles[a];
    var bits = [];
    var title = articleTitle(a);
    bits.push(el("div", { dir: "auto" }, [bdi(title)]));
    var meta = [];
    var outlet = articleOutlet(a);
    if (outlet) meta.push(outlet);
    var when = date || articleDate(a);
    if (when) meta.push(when);
    if (x.language) meta.push(x.language);
    if (full || !outlet) meta.push(x.key);
    var line = el("div", { className: "meta" }, [meta.join(" · ")]);
    var url = safeUrl(x.url);
    if (url) {
      line.appendChild(document.createTextNode(" · "));
      line.appendChild(el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: "source" }));
    }
    bits.push(line);
    return el("div", null, bits);
  }

  // Marks the quote and the two ends' names in a sentence, as text nodes only.
  function sentenceWithMarks(sentence, quote, names) {
    var marks = [];
    if (quote) {
      var q = sentence.indexOf(quote);
      if (q >= 0) marks.push({ s: q, e: q + quote.length, tag: "mark" });
    }
    names.forEach(function (name) {
      if (!name || name.length < 2) return;
      var p = sentence.indexOf(name);
      while (p >= 0) {
        var s = p, e = p + name.length;
        if (!marks.some(function (m) { return s < m.e && e > m.s && m.tag === "strong"; }) &&
            !marks.some(function (m) { return m.tag === "mark" && (s < m.s && e > m.s || s < m.e && e > m.e); }))
          marks.push({ s: s, e: e, tag: "strong" });
        p = sentence.indexOf(name, e);
      }
    });
    // Names inside the quote are marked inside it; other overlaps were dropped above.
    var bounds = [0, sentence.length];
    marks.forEach(function (m) { bounds.push(m.s, m.e); });
    bounds = bounds.filter(function (v, idx, arr) { return arr.indexOf(v) === idx; }).sort(function (a, b) { return a - b; });
    var root = el("blockquote", { dir: "auto" });
    var quoteMark = marks.filter(function (m) { return m.tag === "mark"; })[0];
    var quoteEl = null;
    for (var b = 0; b + 1 < bounds.length; b++) {
      var s = bounds[b], e = bounds[b + 1];
      var text = document.createTextNode(sentence.slice(s, e));
      var inStrong = marks.some(function (m) { return m.tag === "strong" && m.s <= s && m.e >= e; });
      var node = inStrong ? el("strong", null, [text]) : text;
      if (quoteMark && quoteMark.s <= s && quoteMark.e >= e) {
        if (!quoteEl) { quoteEl = el("mark"); root.appendChild(quoteEl); }
        quoteEl.appendChild(node);
      } else {
        quoteEl = null;
        root.appendChild(node);
      }
    }
    return root;
  }

  function showEdge(k) {
    var d = document.getElementById("kg-details");
    var e = raw.edges[k], t = raw.relTypes[edgeType[k]], s = edgeSource[k], g = edgeTarget[k];
    var parts = [
      el("h2", null, [el("span", { className: "kind" }, [swatch(REL_COLORS[t], true), t])]),
      el("p", null, [nodeButton(s), " → ", nodeButton(g)]),
      el("p", { className: "hint", text: e[3] + " supporting mention" + (e[3] === 1 ? "" : "s") })
    ];
    var evidence = e[4];
    parts.push(el("h3", { text: "Evidence (" + evidence.length + ")" }));
    if (evidence.length === 0) parts.push(el("p", { className: "hint", text: "No evidence sentence was recorded for this edge." }));
    var names = [nodeName[s], nodeName[g]].concat(nodeAliases[s], nodeAliases[g]);
    evidence.forEach(function (ev) {
      var box = el("div", { className: "evidence" });
      box.style.borderLeftColor = REL_COLORS[t];
      box.appendChild(sentenceWithMarks(ev[1], ev[4], names));
      if (ev[4] && ev[1].indexOf(ev[4]) < 0)
        box.appendChild(el("p", { className: "meta" }, ["Quote: ", el("mark", { dir: "auto" }, [bdi(ev[4])])]));
      box.appendChild(articleMeta(ev[0], false, ev[5]));
      box.appendChild(el("div", { className: "meta", text: "characters " + ev[2] + "–" + ev[3] }));
      parts.push(box);
    });
    d.replaceChildren.apply(d, parts);
    d.setAttribute("data-selected", "e" + k);
  }

  // ---- focus and history --------------------------------------------------------------------
  function snapshot() { return { focus: state.focus, selected: state.selected, camera: renderer.getCamera().getState() }; }

  function focusOn(i, hops) {
    ensureLoaded(i);
    history.push(snapshot());
    var set = new Set([i]), frontier = [i];
    for (var h = 0; h < hops; h++) {
      var next = [];
      frontier.forEach(function (v) {
        incident[v].forEach(function (k) {
          if (!state.relOn[edgeType[k]]) return;
          var w = edgeSource[k] === v ? edgeTarget[k] : edgeSource[k];
          if (!set.has(w)) { set.add(w); next.push(w); }
        });
      });
      frontier = next;
    }
    load(Array.from(set));
    state.focus = { center: i, hops: hops, nodes: set };
    state.selected = { kind: "node", index: i };
    apply();
    showNode(i);
    fitVisible(true);
  }
  function back() {
    var prev = history.pop();
    if (!prev) return;
    state.focus = prev.focus;
    state.selected = prev.selected;
    apply();
    if (state.selected && state.selected.kind === "node") showNode(state.selected.index);
    else if (state.selected) showEdge(state.selected.index);
    else clearSelection();
    renderer.getCamera().animate(prev.camera, { duration: 300 });
  }

  // ---- search -------------------------------------------------------------------------------
  function norm(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  var searchIndex = [];
  for (var i4 = 0; i4 < N; i4++) {
    searchIndex.push([norm(nodeName[i4]), i4, null]);
    nodeAliases[i4].forEach(function (a) { searchIndex.push([norm(a), i4, a]); });
  }
  var suggestions = [], activeSuggestion = -1;
  var searchBox = document.getElementById("kg-search"), list = document.getElementById("kg-suggestions");

  function findMatches(q) {
    q = norm(q.trim());
    if (!q) return [];
    var best = new Map();
    for (var j = 0; j < searchIndex.length; j++) {
      var entry = searchIndex[j], text = entry[0], p = text.indexOf(q);
      if (p < 0) continue;
      var i = entry[1];
      if (nodeType[i] === ARTICLE && !state.provenance) continue;
      var rank = text === q ? 0 : p === 0 ? 1 : /[\s\-.'"(]/.test(text.charAt(p - 1)) ? 2 : 3;
      var prev = best.get(i);
      if (!prev || rank < prev.rank) best.set(i, { index: i, rank: rank, via: entry[2] });
    }
    return Array.from(best.values()).sort(function (a, b) {
      return a.rank - b.rank || degree[b.index] - degree[a.index] || (nodeName[a.index] < nodeName[b.index] ? -1 : nodeName[a.index] > nodeName[b.index] ? 1 : a.index - b.index);
    }).slice(0, 12);
  }
  function renderSuggestions() {
    list.replaceChildren();
    suggestions.forEach(function (m, idx) {
      var type = raw.nodeTypes[nodeType[m.index]];
      var li = el("li", { role: "option", id: "kg-sugg-" + idx, "aria-selected": idx === activeSuggestion ? "true" : "false" },
        [swatch(NODE_COLORS[type]), bdi(nodeName[m.index])]);
      if (m.via) li.appendChild(el("span", { className: "via" }, ["(", bdi(m.via), ")"]));
      li.appendChild(el("span", { className: "via", text: type }));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(idx); });
      list.appendChild(li);
    });
    var open = suggestions.length > 0;
    list.hidden = !open;
    searchBox.setAttribute("aria-expanded", open ? "true" : "false");
    if (activeSuggestion >= 0) searchBox.setAttribute("aria-activedescendant", "kg-sugg-" + activeSuggestion);
    else searchBox.removeAttribute("aria-activedescendant");
  }
  function choose(idx) {
    var m = suggestions[idx];
    if (!m) return;
    searchBox.value = nodeName[m.index];
    suggestions = []; activeSuggestion = -1; renderSuggestions();
    selectNode(m.index, true);
  }
  searchBox.addEventListener("input", function () {
    suggestions = findMatches(searchBox.value);
    activeSuggestion = suggestions.length ? 0 : -1;
    renderSuggestions();
  });
  searchBox.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      if (!suggestions.length) { suggestions = findMatches(searchBox.value); activeSuggestion = -1; }
      var n = suggestions.length;
      if (n) activeSuggestion = (activeSuggestion + (ev.key === "ArrowDown" ? 1 : n - 1) + (activeSuggestion < 0 && ev.key === "ArrowUp" ? 1 : 0)) % n;
      renderSuggestions();
      ev.preventDefault();
    } else if (ev.key === "Enter") {
      if (!suggestions.length) suggestions = findMatches(searchBox.value);
      choose(activeSuggestion >= 0 ? activeSuggestion : 0);
      ev.preventDefault();
    } else if (ev.key === "Escape") {
      suggestions = []; activeSuggestion = -1; renderSuggestions();
    }
  });
  searchBox.addEventListener("blur", function () { suggestions = []; activeSuggestion = -1; renderSuggestions(); });

  // ---- filters ------------------------------------------------------------------------------
  function countsByType() {
    var c = raw.nodeTypes.map(function () { return 0; });
    for (var i = 0; i < N; i++) c[nodeType[i]]++;
    return c;
  }
  function buildFilters() {
    var nodeBox = document.getElementById("kg-node-types");
    var nc = countsByType();
    raw.nodeTypes.forEach(function (t, ti) {
      if (t === "Article") return;
      var box = el("input", { type: "checkbox", "data-node-type": t });
      box.checked = state.typeOn[ti];
      box.addEventListener("change", function () { state.typeOn[ti] = box.checked; apply(); });
      nodeBox.appendChild(el("label", { className: "type-row" }, [box, swatch(NODE_COLORS[t]), t, el("span", { className: "count", text: fmt(nc[ti]) })]));
    });
    var relBox = document.getElementById("kg-rel-types");
    var rc = raw.relTypes.map(function () { return 0; });
    for (var k = 0; k < E; k++) rc[edgeType[k]]++;
    raw.relTypes.forEach(function (t, ti) {
      if (t === "MENTIONED_IN") return;
      var box = el("input", { type: "checkbox", "data-rel-type": t });
      box.checked = state.relOn[ti];
      box.addEventListener("change", function () { state.relOn[ti] = box.checked; apply(); });
      relBox.appendChild(el("label", { className: "type-row" }, [box, swatch(REL_COLORS[t], true), t, el("span", { className: "count", text: fmt(rc[ti]) })]));
    });

    var outletBox = document.getElementById("kg-outlets");
    var known = outlets.filter(function (o) { return o; });
    if (!known.length) {
      outletBox.appendChild(el("p", { className: "hint", text: "The articles carry no outlet." }));
    }
    outlets.forEach(function (o) {
      var box = el("input", { type: "checkbox" });
      box.checked = true;
      box.addEventListener("change", function () { state.outletOn[o] = box.checked; apply(); });
      if (o || known.length) outletBox.appendChild(el("label", null, [box, bdi(o || "(no outlet)")]));
    });

    var artBox = document.getElementById("kg-articles");
    var artChecks = [];
    var artOrder = articles.map(function (a, i) { return i; }).sort(function (a, b) {
      var da = articleDate(a), db = articleDate(b);
      return da < db ? -1 : da > db ? 1 : a - b;
    });
    artOrder.forEach(function (a) {
      var box = el("input", { type: "checkbox", "data-article": articles[a].key });
      box.checked = true;
      box.addEventListener("change", function () { state.articleOn[a] = box.checked; apply(); });
      artChecks[a] = box;
      var date = articleDate(a);
      artBox.appendChild(el("label", { dir: "auto" }, [box, el("span", null, [bdi(articleTitle(a)), date ? el("span", { className: "hint", text: " " + date }) : null])]));
    });
    function setAll(v) { articles.forEach(function (x, a) { state.articleOn[a] = v; artChecks[a].checked = v; }); apply(); }
    document.getElementById("kg-articles-all").addEventListener("click", function () { setAll(true); });
    document.getElementById("kg-articles-none").addEventListener("click", function () { setAll(false); });

    var dates = articles.map(function (a, i) { return articleDate(i); }).filter(Boolean).sort();
    var from = document.getElementById("kg-date-from"), to = document.getElementById("kg-date-to");
    var hint = document.getElementById("kg-date-hint");
    if (dates.length) {
      from.min = to.min = dates[0].slice(0, 10); from.max = to.max = dates[dates.length - 1].slice(0, 10);
      var undated = articles.length - dates.length;
      hint.textContent = "Articles from " + dates[0].slice(0, 10) + " to " + dates[dates.length - 1].slice(0, 10) +
        (undated ? "; " + undated + " without a date are left out while a range is set." : ".");
    } else {
      hint.textContent = "The articles carry no dates.";
      from.disabled = to.disabled = true;
    }
    from.addEventListener("change", function () { state.dateFrom = from.value; apply(); });
    to.addEventListener("change", function () { state.dateTo = to.value; apply(); });

    var minDeg = document.getElementById("kg-min-degree");
    minDeg.addEventListener("change", function () { state.minDegree = Math.max(0, parseInt(minDeg.value, 10) || 0); apply(); });
    var size = document.getElementById("kg-size");
    size.addEventListener("change", function () { state.sizeBy = size.value; apply(); });
    var prov = document.getElementById("kg-provenance");
    prov.addEventListener("change", function () {
      state.provenance = prov.checked;
      state.typeOn[ARTICLE] = prov.checked; state.relOn[MENTIONED] = prov.checked;
      apply();
    });
    document.getElementById("kg-reset").addEventListener("click", function () {
      state.typeOn = raw.nodeTypes.map(function (t) { return t !== "Article"; });
      state.relOn = raw.relTypes.map(function (t) { return t !== "MENTIONED_IN"; });
      state.provenance = false; prov.checked = false;
      state.minDegree = 0; minDeg.value = "0";
      state.dateFrom = state.dateTo = ""; from.value = to.value = "";
      for (var o in state.outletOn) state.outletOn[o] = true;
      document.querySelectorAll("#kg-node-types input, #kg-rel-types input, #kg-outlets input, #kg-articles input").forEach(function (b) {
        var t = b.getAttribute("data-node-type"), r = b.getAttribute("data-rel-type");
        b.checked = t ? state.typeOn[raw.nodeTypes.indexOf(t)] : r ? state.relOn[raw.relTypes.indexOf(r)] : true;
      });
      state.articleOn = articles.map(function () { return true; });
      state.focus = null; history = [];
      apply(); fitVisible(true);
    });
  }

  // ---- exports ------------------------------------------------------------------------------
  function download(blob, name) {
    var a = el("a", { href: URL.createObjectURL(blob), download: name });
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  function savePng() {
    renderer.refresh();
    var layers = renderer.getCanvases(), first = layers.edges || layers.nodes;
    var canvas = document.createElement("canvas");
    canvas.width = first.width; canvas.height = first.height;
    var ctx = canvas.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ["edges", "nodes", "edgeLabels", "labels", "hovers", "hoverNodes"].forEach(function (name) {
      if (layers[name]) ctx.drawImage(layers[name], 0, 0, canvas.width, canvas.height);
    });
    canvas.toBlob(function (blob) { download(blob, "graph-view.png"); }, "image/png");
  }
  function visibleSubgraph() {
    var ns = [], es = [];
    for (var i = 0; i < N; i++) if (loaded[i] && visibleNode[i]) ns.push(i);
    graph.forEachEdge(function (key, attr) { if (!attr.hidden) es.push(attr.index); });
    es.sort(function (a, b) { return a - b; });
    return { nodes: ns, edges: es };
  }
  function evidenceObject(ev) {
    var o = { article: articles[ev[0]].key, sentence: ev[1], start: ev[2], end: ev[3] };
    if (ev[4] !== null) o.quote = ev[4];
    if (ev[5] !== null) o.date = ev[5];
    return o;
  }
  function nodeObject(i) {
    var o = { id: nodeId[i], type: raw.nodeTypes[nodeType[i]], name: nodeName[i], aliases: nodeAliases[i].slice(),
      mentions: nodeMentions[i], articles: [] };
    if (nodeType[i] === ARTICLE) {
      var a = articleOfNode(i);
      if (a >= 0) ["title", "published", "source", "outlet", "url", "language"].forEach(function (f) { if (articles[a][f] !== undefined) o[f] = articles[a][f]; });
    } else {
      o.articles = nodeArticles[i].map(function (a) { return articles[a].key; });
    }
    return o;
  }
  function edgeObject(k) {
    var e = raw.edges[k];
    var dates = Array.from(new Set(e[4].map(function (ev) { return ev[5]; }).filter(function (x) { return x !== null; }))).sort();
    return { source: nodeId[e[0]], type: raw.relTypes[e[1]], target: nodeId[e[2]], weight: e[3], dates: dates, evidence: e[4].map(evidenceObject) };
  }
  function saveJson() {
    var sub = visibleSubgraph();
    var doc = { format: "knowledgegraph", version: 1, nodes: sub.nodes.map(nodeObject), edges: sub.edges.map(edgeObject) };
    download(new Blob([JSON.stringify(doc, null, 2) + "\n"], { type: "application/json" }), "graph-view.json");
  }
  function xml(s) {
    return String(s).replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\uD800-\uDBFF\uDC00-\uDFFF]/g, "")
      .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }
  function saveGraphMl() {
    var sub = visibleSubgraph();
    var out = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '<key id="label" for="node" attr.name="label" attr.type="string"/>',
      '<key id="type" for="node" attr.name="type" attr.type="string"/>',
      '<key id="aliases" for="node" attr.name="aliases" attr.type="string"/>',
      '<key id="mentions" for="node" attr.name="mentions" attr.type="int"/>',
      '<key id="articles" for="node" attr.name="articles" attr.type="string"/>',
      '<key id="elabel" for="edge" attr.name="label" attr.type="string"/>',
      '<key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
      '<key id="dates" for="edge" attr.name="dates" attr.type="string"/>',
      '<key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>',
      '<graph id="G" edgedefault="directed">'];
    sub.nodes.forEach(function (i) {
      var o = nodeObject(i);
      out.push('<node id="' + xml(o.id) + '"><data key="label">' + xml(o.name) + '</data><data key="type">' + o.type +
        '</data><data key="aliases">' + xml(JSON.stringify(o.aliases)) + '</data><data key="mentions">' + o.mentions +
        '</data><data key="articles">' + xml(JSON.stringify(o.articles)) + '</data></node>');
    });
    sub.edges.forEach(function (k) {
      var o = edgeObject(k);
      out.push('<edge id="e' + k + '" source="' + xml(o.source) + '" target="' + xml(o.target) + '"><data key="elabel">' + o.type +
        '</data><data key="weight">' + o.weight + '</data><data key="dates">' + xml(JSON.stringify(o.dates)) +
        '</data><data key="evidence">' + xml(JSON.stringify(o.evidence)) + '</data></edge>');
    });
    out.push('</graph>', '</graphml>', '');
    download(new Blob([out.join("\n")], { type: "application/xml" }), "graph-view.graphml");
  }

  // ---- events -------------------------------------------------------------------------------
  var tooltip = document.getElementById("kg-tooltip");
  var dragged = null, dragMoved = false;
  // Hovering highlights a node's neighbourhood in graphs small enough to re-index on every
  // hover; in large ones sigma's own hover label is shown and highlighting waits for a click.
  var hoverHighlight = N <= 3000;
  renderer.on("enterNode", function (e) {
    container.style.cursor = "pointer";
    if (!hoverHighlight || dragged || renderer.getMouseCaptor().isMouseDown) return;
    state.hovered = graph.getNodeAttribute(e.node, "index");
    rehighlight();
  });
  renderer.on("leaveNode", function () {
    container.style.cursor = "";
    if (state.hovered === null) return;
    state.hovered = null;
    rehighlight();
  });
  renderer.on("enterEdge", function (e) {
    var k = graph.getEdgeAttribute(e.edge, "index");
    tooltip.textContent = nodeName[edgeSource[k]] + " " + raw.relTypes[edgeType[k]] + " " + nodeName[edgeTarget[k]];
    tooltip.hidden = false;
    container.style.cursor = "pointer";
  });
  renderer.on("leaveEdge", function () { tooltip.hidden = true; container.style.cursor = ""; });
  container.addEventListener("mousemove", function (ev) {
    if (tooltip.hidden) return;
    var r = container.getBoundingClientRect();
    tooltip.style.left = (ev.clientX - r.left + 12) + "px";
    tooltip.style.top = (ev.clientY - r.top + 12) + "px";
  });
  renderer.on("clickNode", function (e) { if (!dragMoved) selectNode(graph.getNodeAttribute(e.node, "index"), false); });
  renderer.on("clickEdge", function (e) { selectEdge(graph.getEdgeAttribute(e.edge, "index")); });
  renderer.on("clickStage", function () { if (!dragMoved) clearSelection(); });
  renderer.on("doubleClickNode", function (e) { e.preventSigmaDefault(); focusOn(graph.getNodeAttribute(e.node, "index"), 1); });

  // Dragging a node moves it; the camera stays put meanwhile.
  renderer.on("downNode", function (e) { dragged = e.node; dragMoved = false; });
  renderer.getMouseCaptor().on("mousemovebody", function (e) {
    if (!dragged) return;
    var p = renderer.viewportToGraph(e);
    graph.mergeNodeAttributes(dragged, { x: p.x, y: p.y });
    dragMoved = true;
    e.preventSigmaDefault();
    e.original.preventDefault();
    e.original.stopPropagation();
  });
  renderer.getMouseCaptor().on("mouseup", function () {
    dragged = null;
    setTimeout(function () { dragMoved = false; }, 0);
  });

  container.addEventListener("keydown", function (ev) {
    var cam = renderer.getCamera(), s = cam.getState(), step = 0.1 * s.ratio;
    var handled = true;
    switch (ev.key) {
      case "ArrowLeft": cam.animate({ x: s.x - step }, { duration: 120 }); break;
      case "ArrowRight": cam.animate({ x: s.x + step }, { duration: 120 }); break;
      case "ArrowUp": cam.animate({ y: s.y + step }, { duration: 120 }); break;
      case "ArrowDown": cam.animate({ y: s.y - step }, { duration: 120 }); break;
      case "+": case "=": cam.animatedZoom({ duration: 200 }); break;
      case "-": case "_": cam.animatedUnzoom({ duration: 200 }); break;
      case "f": case "F": fitVisible(true); break;
      case "Escape": clearSelection(); break;
      case "Backspace": back(); break;
      default: handled = false;
    }
    if (handled) ev.preventDefault();
  });

  document.getElementById("kg-fit").addEventListener("click", function () { fitVisible(true); });
  document.getElementById("kg-zoom-in").addEventListener("click", function () { renderer.getCamera().animatedZoom({ duration: 200 }); });
  document.getElementById("kg-zoom-out").addEventListener("click", function () { renderer.getCamera().animatedUnzoom({ duration: 200 }); });
  document.getElementById("kg-focus1").addEventListener("click", function () { if (state.selected && state.selected.kind === "node") focusOn(state.selected.index, 1); });
  document.getElementById("kg-focus2").addEventListener("click", function () { if (state.selected && state.selected.kind === "node") focusOn(state.selected.index, 2); });
  document.getElementById("kg-back").addEventListener("click", back);
  document.getElementById("kg-png").addEventListener("click", savePng);
  document.getElementById("kg-json").addEventListener("click", saveJson);
  document.getElementById("kg-graphml").addEventListener("click", saveGraphMl);
  document.getElementById("kg-load-more").addEventListener("click", function () { loadNext(limit); apply(); });
  document.getElementById("kg-load-all").addEventListener("click", function () { loadNext(N); apply(); });

  mark("renderer");
  buildFilters();
  fitVisible(false);
  updateStatus();
  mark("status");
  requestAnimationFrame(function () {
    mark("frame");
    document.documentElement.setAttribute("data-timings", timings.map(function (t) { return t[0] + "=" + Math.round(t[1]); }).join(" "));
    document.documentElement.setAttribute("data-ready", "true");
    document.documentElement.setAttribute("data-first-render-ms", String(Math.round(performance.now())));
  });

  // A link can open the page on a node or an edge: graph.html#node=person:jens-stoltenberg or
  // #edge=SOURCE|TYPE|TARGET (the edge's id in the other exports).
  function openFromHash() {
    var h = decodeURIComponent(location.hash.slice(1));
    if (h.indexOf("node=") === 0 && h.slice(5) in keyIndex) selectNode(keyIndex[h.slice(5)], true);
    else if (h.indexOf("edge=") === 0) {
      var p = h.slice(5).split("|");
      for (var k = 0; k < E; k++)
        if (nodeId[edgeSource[k]] === p[0] && raw.relTypes[edgeType[k]] === p[1] && nodeId[edgeTarget[k]] === p[2]) { selectEdge(k); centerOnEdge(k); break; }
    }
  }
  if (location.hash) openFromHash();
  window.addEventListener("hashchange", openFromHash);

  // For scripting the page from the browser console (and from tests).
  window.kgExplorer = {
    renderer: renderer, graph: graph, motion: motion,
    select: function (id) { if (id in keyIndex) selectNode(keyIndex[id], true); },
    focus: function (id, hops) { if (id in keyIndex) focusOn(keyIndex[id], hops || 1); },
    back: back, fit: function () { fitVisible(false); }
  };
})();
