"""Node positions and sizes computed in Python, so the page draws at once without physics."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

SMALL = 200  # components up to this size get exact forces, in batches; larger ones the grid solver
SPACING = 60.0  # pixels per unit of layout length
EDGE_LENGTH = 2.0  # the ideal edge length, in layout units
MIN_SIZE, MAX_SIZE = 8.0, 30.0


def graph_of(node_ids: list[str], edges: list[tuple[str, str]], weights: list[float] | None = None) -> nx.Graph:
    """An undirected simple graph of the view's nodes and edges; `weight` is how hard an edge pulls."""
    graph = nx.Graph()
    graph.add_nodes_from(node_ids)
    for (a, b), weight in zip(edges, weights or [1.0] * len(edges), strict=True):
        if a != b:
            graph.add_edge(a, b, weight=max(weight, graph.edges[a, b]["weight"] if graph.has_edge(a, b) else 0.0))
    return graph


def sizes(graph: nx.Graph) -> dict[str, float]:
    """Node size by degree centrality: well-connected actors stand out."""
    centrality = nx.degree_centrality(graph) if len(graph) > 1 else dict.fromkeys(graph, 0.0)
    top = max(centrality.values(), default=0.0) or 1.0
    return {n: MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(c / top) for n, c in centrality.items()}


def positions(graph: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Pixel positions: each connected component laid out alone, then packed in rows, largest first."""
    parts = [sorted(part) for part in nx.connected_components(graph)]
    parts.sort(key=lambda ids: (-len(ids), ids[0]))
    placed: list[tuple[list[str], np.ndarray]] = []
    small = [ids for ids in parts if 1 < len(ids) <= SMALL]
    small_pos = dict(zip(map(tuple, small), batch_force_layout(graph, small, seed=seed), strict=True))
    for ids in parts:
        if len(ids) == 1:
            arr = np.zeros((1, 2))
        elif len(ids) <= SMALL:
            arr = small_pos[tuple(ids)]
        else:
            index = {node: i for i, node in enumerate(ids)}
            edges = list(graph.subgraph(ids).edges(data="weight", default=1.0))
            pairs = np.array([(index[a], index[b]) for a, b, _ in edges], dtype=np.int64).reshape(-1, 2)
            grid = min(128, 2 * int(math.sqrt(len(ids))) + 8)
            weights = np.array([w for _, _, w in edges])
            arr = EDGE_LENGTH * grid_force_layout(len(ids), pairs, weights=weights, seed=seed, grid=grid)
        placed.append((ids, arr))
    return _pack(placed)


def batch_force_layout(
    graph: nx.Graph, parts: list[list[str]], *, iterations: int = 70, seed: int = 7, k: float = EDGE_LENGTH
) -> list[np.ndarray]:
    """Exact Fruchterman-Reingold for many small components at once (ideal edge length `k`).

    Components of similar size are padded into one array and moved together, so a result of
    a thousand small stars costs a few array operations per step, not a thousand layouts.
    """
    rng = np.random.default_rng(seed)
    out: list[np.ndarray] = [np.empty((0, 2))] * len(parts)
    order = sorted(range(len(parts)), key=lambda i: len(parts[i]))
    while order:
        smallest = len(parts[order[0]])
        batch = []
        while order and len(parts[order[0]]) <= 2 * smallest and len(batch) * len(parts[order[0]]) ** 2 < 2e6:
            batch.append(order.pop(0))
        m = len(parts[batch[-1]])
        mask = np.zeros((len(batch), m), dtype=bool)
        adjacency = np.zeros((len(batch), m, m), dtype=np.float32)
        for c, i in enumerate(batch):
            index = {node: j for j, node in enumerate(parts[i])}
            mask[c, : len(index)] = True
            for a, b, weight in graph.subgraph(parts[i]).edges(data="weight", default=1.0):
                adjacency[c, index[a], index[b]] = adjacency[c, index[b], index[a]] = weight
        pairs = (mask[:, :, None] & mask[:, None, :]).astype(np.float32)
        x, y = (rng.random((2, len(batch), m)) * math.sqrt(m) * k).astype(np.float32)
        temperature = math.sqrt(m) * k / 4
        for _ in range(iterations):
            dx = x[:, :, None] - x[:, None, :]
            dy = y[:, :, None] - y[:, None, :]
            dist2 = dx * dx + dy * dy + 1e-6
            force = pairs * (k * k) / dist2 - adjacency * np.sqrt(dist2) / k  # k²/d out, d²/k in, along delta/d
            px, py = (dx * force).sum(2), (dy * force).sum(2)
            length = np.sqrt(px * px + py * py) + 1e-9
            step = np.minimum(length, temperature) / length
            x += px * step
            y += py * step
            temperature = max(temperature * 0.93, 0.01 * k)
        pos = np.stack([x, y], -1)
        for c, i in enumerate(batch):
            arr = pos[c, : len(parts[i])]
            out[i] = arr - arr.mean(0)
    return out


def grid_force_layout(
    n: int,
    edges: np.ndarray,
    *,
    weights: np.ndarray | None = None,
    iterations: int = 90,
    seed: int = 7,
    grid: int = 128,
) -> np.ndarray:
    """Fruchterman-Reingold with repulsion from a density grid (particle-mesh via FFT).

    Exact repulsion costs n² per step; spreading node counts on a grid and convolving
    them with the repulsion kernel costs n + grid² log grid, so 5,000 nodes take a fraction of
    a second. The ideal edge length is 1.
    """
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)
    pos = rng.random((n, 2)) * side
    src, dst = edges[:, 0], edges[:, 1]
    temperature = side / 8
    offsets = np.fft.fftfreq(2 * grid, 1 / (2 * grid))  # signed cell offsets in FFT order
    ox, oy = np.meshgrid(offsets, offsets, indexing="ij")
    r2 = ox**2 + oy**2
    r2[0, 0] = 1.0
    for _ in range(iterations):
        low = pos.min(0)
        cell_len = max(float((pos.max(0) - low).max()) / (grid - 1), 1e-6)
        cells = np.rint((pos - low) / cell_len).astype(np.int64)
        flat = cells[:, 0] * (2 * grid) + cells[:, 1]
        density = np.bincount(flat, minlength=4 * grid * grid).reshape(2 * grid, 2 * grid)
        spectrum = np.fft.rfft2(density)
        push = []
        for offset in (ox, oy):
            kernel = offset / (r2 * cell_len)  # k² d / |d|² with k = 1, in layout units
            kernel[0, 0] = 0.0
            field = np.fft.irfft2(spectrum * np.fft.rfft2(kernel), s=density.shape)
            push.append(field.ravel()[flat])
        disp = np.stack(push, 1)
        delta = pos[src] - pos[dst]
        pull = delta * np.sqrt((delta**2).sum(1))[:, None]  # |d|² / k along d
        if weights is not None:
            pull *= weights[:, None]
        for axis in (0, 1):
            disp[:, axis] -= np.bincount(src, pull[:, axis], minlength=n)
            disp[:, axis] += np.bincount(dst, pull[:, axis], minlength=n)
        length = np.sqrt((disp**2).sum(1)) + 1e-9
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature = max(temperature * 0.95, 0.02)
    return pos - pos.mean(0)


def _pack(placed: list[tuple[list[str], np.ndarray]]) -> dict[str, tuple[float, float]]:
    """Shelf-pack component layouts into rows about as wide as the largest one."""
    out: dict[str, tuple[float, float]] = {}
    if not placed:
        return out
    boxes = [(ids, arr - arr.min(0), np.ptp(arr, 0) + 2.0) for ids, arr in placed]
    width = max(max(box[2][0] for box in boxes), math.sqrt(sum(b[2][0] * b[2][1] for b in boxes)))
    x = y = row_height = 0.0
    for ids, arr, (w, h) in boxes:
        if x > 0 and x + w > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in zip(ids, arr, strict=True):
            out[node] = (round(float(x + px) * SPACING, 1), round(float(y + py) * SPACING, 1))
        x += w
        row_height = max(row_height, h)
    return out
