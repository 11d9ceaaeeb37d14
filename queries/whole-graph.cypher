// name: whole-graph
// description: Every node and relationship in the store, for a view of everything (bounded by limit).
// param: limit (int, default 20000): at most this many relationships
MATCH (a)-[r]->(b)
RETURN a, r, b
LIMIT $limit
