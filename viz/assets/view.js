// dipgraph view: draws the embedded graph with vis-network, with filters, search and tooltips.
// All text from the graph is put on the page with textContent or drawn on the canvas: never as HTML.
(function () {
  "use strict";

  var state = {
    ready: false, nodes: 0, edges: 0, shownNodes: 0, shownEdges: 0,
    totalNodes: 0, totalEdges: 0, readyMs: null, violations: 0, errors: []
  };
  window.__dipgraphView = state;
  document.addEventListener("securitypolicyviolation", function () { state.violations += 1; });
  window.addEventListener("error", function (event) { state.errors.push(String(event.message)); });

  var data = JSON.parse(document.getElementById("view-data").textContent);
  var styles = data.styles;
  var byId = new Map();
  data.nodes.forEach(function (n) { byId.set(n.id, n); });
  state.totalNodes = data.nodes.length;
  state.totalEdges = data.edges.length;
  var big = data.nodes.length > 1500 || data.edges.length > 4000;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function own(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }
  function labelStyle(label) { return own(styles.labels, label) ? styles.labels[label] : styles.other_label; }
  function actKey(act) { return own(styles.acts, act) ? act : "other"; }
  function actColour(act) { return styles.acts[actKey(act)] || styles.other_act; }

  function toVisNode(n) {
    var s = labelStyle(n.label);
    var border = n.label === "Statement" ? actColour(n.act) : "#3b3b3b";
    return {
      id: n.id, label: n.text, x: n.x, y: n.y, size: n.size, shape: s.shape,
      borderWidth: n.label === "Statement" ? 3 : 1,
      color: {
        background: s.colour, border: border,
        highlight: { background: s.colour, border: "#000000" },
        hover: { background: s.colour, border: "#000000" }
      }
    };
  }

  function toVisEdge(e) {
    var colour = e.act !== null ? actColour(e.act) : e.quiet ? styles.quiet_edge : styles.plain_edge;
    return {
      id: e.id, from: e.from, to: e.to, label: e.type, arrows: "to",
      width: e.act === null ? 1 : 2.5, dashes: e.dashed,
      color: { color: colour, highlight: "#000000", hover: colour, inherit: false },
      font: { size: 9, color: e.quiet ? "#a3aab2" : "#5f6770", strokeWidth: 3 }
    };
  }

  // Tooltip and details content: a heading and key/value rows, all as text nodes.
  function tipElement(tip) {
    var box = el("div", "tip");
    box.appendChild(el("h3", null, tip.heading));
    var list = el("dl");
    tip.rows.forEach(function (row) {
      list.appendChild(el("dt", null, row[0]));
      list.appendChild(el("dd", null, row[1]));
    });
    box.appendChild(list);
    return box;
  }

  var edgesById = new Map();
  data.edges.forEach(function (e) { edgesById.set(e.id, e); });
  function edgeTip(id) {
    var e = edgesById.get(id);
    var rows = [["From", byId.get(e.from).text], ["To", byId.get(e.to).text]];
    if (e.act) { rows.push(["Act", e.act]); }
    return { heading: e.type, rows: rows.concat(e.rows) };
  }

  // Filters --------------------------------------------------------------------------------
  var visible = new Set(data.nodes.map(function (n) { return n.id; }));
  var neighbours = new Map();
  data.edges.forEach(function (e) {
    if (!neighbours.has(e.from)) { neighbours.set(e.from, []); }
    if (!neighbours.has(e.to)) { neighbours.set(e.to, []); }
    neighbours.get(e.from).push(e.to);
    neighbours.get(e.to).push(e.from);
  });

  function countBy(key) {
    var counts = new Map();
    data.nodes.forEach(function (n) {
      var k = key(n);
      if (k !== null) { counts.set(k, (counts.get(k) || 0) + 1); }
    });
    return counts;
  }

  function checkboxes(container, counts, order, swatch) {
    var boxes = new Map();
    order.filter(function (k) { return counts.has(k); }).forEach(function (k) {
      var row = el("label");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.value = k;
      box.addEventListener("change", applyFilters);
      row.appendChild(box);
      row.appendChild(swatch(k));
      row.appendChild(el("span", null, k));
      row.appendChild(el("span", "count", String(counts.get(k))));
      container.appendChild(row);
      boxes.set(k, box);
    });
    return boxes;
  }

  var labelCounts = countBy(function (n) { return n.label; });
  var labelOrder = Object.keys(styles.labels).concat(
    Array.from(labelCounts.keys()).filter(function (k) { return !own(styles.labels, k); }).sort());
  var labelBoxes = checkboxes(document.getElementById("label-filters"), labelCounts, labelOrder, function (k) {
    var s = labelStyle(k);
    var glyph = el("span", "glyph", s.glyph);
    glyph.style.color = s.colour;
    return glyph;
  });

  var actCounts = countBy(function (n) { return n.label === "Statement" ? actKey(n.act) : null; });
  var actBoxes = checkboxes(document.getElementById("act-filters"), actCounts,
    Object.keys(styles.acts).concat(["other"]), function (k) {
      var line = el("span", "line");
      line.style.borderTopColor = k === "other" ? styles.other_act : styles.acts[k];
      return line;
    });
  if (actBoxes.size === 0) {
    document.getElementById("act-filters").appendChild(el("p", "hint", "No statements in this view."));
  }

  var search = document.getElementById("search");
  var dateFrom = document.getElementById("date-from");
  var dateTo = document.getElementById("date-to");
  var dates = data.nodes.filter(function (n) { return n.date_lo; });
  if (dates.length) {
    var lo = dates.reduce(function (m, n) { return n.date_lo < m ? n.date_lo : m; }, dates[0].date_lo);
    var hi = dates.reduce(function (m, n) { return n.date_hi > m ? n.date_hi : m; }, dates[0].date_hi);
    [dateFrom, dateTo].forEach(function (input) { input.min = lo; input.max = hi; });
  }
  var typing = null;
  search.addEventListener("input", function () {
    clearTimeout(typing);
    typing = setTimeout(applyFilters, big ? 200 : 60);
  });
  dateFrom.addEventListener("change", applyFilters);
  dateTo.addEventListener("change", applyFilters);
  document.getElementById("reset").addEventListener("click", function () {
    search.value = "";
    dateFrom.value = "";
    dateTo.value = "";
    labelBoxes.forEach(function (box) { box.checked = true; });
    actBoxes.forEach(function (box) { box.checked = true; });
    applyFilters();
  });

  function on(boxes, key) { var box = boxes.get(key); return !box || box.checked; }

  function applyFilters() {
    var query = search.value.trim().toLowerCase();
    var from = dateFrom.value;
    var to = dateTo.value;
    var base = new Set();
    data.nodes.forEach(function (n) {
      if (!on(labelBoxes, n.label)) { return; }
      if (n.label === "Statement" && !on(actBoxes, actKey(n.act))) { return; }
      if (n.date_lo && ((from && n.date_hi < from) || (to && n.date_lo > to))) { return; }
      base.add(n.id);
    });
    if (query) {
      var shown = new Set();
      base.forEach(function (id) {
        if (byId.get(id).search.indexOf(query) === -1) { return; }
        shown.add(id);
        (neighbours.get(id) || []).forEach(function (other) { if (base.has(other)) { shown.add(other); } });
      });
      base = shown;
    }
    visible = base;
    nodeView.refresh();
    edgeView.refresh();
    showCounts();
    if (visible.size) {
      network.fit({ nodes: Array.from(visible), animation: false, maxZoomLevel: 1.2 });
    }
  }

  function showCounts() {
    state.shownNodes = nodeView.length;
    state.shownEdges = edgeView.length;
    document.getElementById("shown").textContent =
      "Showing " + state.shownNodes + " of " + state.totalNodes + " nodes, " +
      state.shownEdges + " of " + state.totalEdges + " relationships.";
  }

  // Network --------------------------------------------------------------------------------
  var nodes = new vis.DataSet(data.nodes.map(toVisNode));
  var edges = new vis.DataSet(data.edges.map(toVisEdge));
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return visible.has(n.id); } });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) { return visible.has(e.from) && visible.has(e.to); }
  });
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, {
    autoResize: true,
    physics: false,
    layout: { improvedLayout: false },
    nodes: { font: { size: 14, face: "DejaVu Sans, Arial, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: { smooth: false, selectionWidth: 1.5 },
    interaction: {
      hover: true, tooltipDelay: 120, navigationButtons: false, keyboard: false,
      hideEdgesOnDrag: big, hideEdgesOnZoom: big
    }
  });

  var tooltip = document.getElementById("tooltip");
  function showTip(tip, pointer) {
    tooltip.replaceChildren(tipElement(tip));
    var box = container.getBoundingClientRect();
    var x = box.left + pointer.x + 14;
    var y = box.top + pointer.y + 14;
    tooltip.hidden = false;
    var w = tooltip.offsetWidth;
    var h = tooltip.offsetHeight;
    tooltip.style.left = Math.max(4, Math.min(x, window.innerWidth - w - 4)) + "px";
    tooltip.style.top = Math.max(4, Math.min(y, window.innerHeight - h - 4)) + "px";
  }
  function hideTip() { tooltip.hidden = true; }
  network.on("hoverNode", function (p) { showTip(byId.get(p.node).tip, p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(edgeTip(p.edge), p.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  var details = document.getElementById("details");
  network.on("click", function (p) {
    var tip = p.nodes.length ? byId.get(p.nodes[0]).tip : p.edges.length ? edgeTip(p.edges[0]) : null;
    details.hidden = tip === null;
    document.getElementById("details-body").replaceChildren(tip === null ? "" : tipElement(tip));
  });

  network.on("afterDrawing", function () {
    state.nodes = network.body.nodeIndices.length;
    state.edges = network.body.edgeIndices.length;
    if (!state.ready) {
      state.ready = true;
      state.readyMs = performance.now();
      document.documentElement.setAttribute("data-view-ready", "true");
    }
  });
  showCounts();
  network.fit({ animation: false, maxZoomLevel: 1.2 });
  window.__dipgraphNetwork = network;
  window.__dipgraphData = { nodes: nodes, edges: edges };
})();
