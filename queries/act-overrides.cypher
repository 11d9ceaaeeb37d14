// name: act-overrides
// description: Where the learned act model changed a statement's act from the rules' one: both acts, the statement, its sentence and article (what to check before trusting an act).
// param: act (string, default "", example "assert"): only statements the model now gives this act; empty for all
// Statements loaded before dipgraph stored the rules' act have no rules_act and are left out.
MATCH said = (sp)-[:STATED]->(s:Statement)
WHERE s.rules_act IS NOT NULL AND s.act <> s.rules_act AND ($act = '' OR s.act = $act)
OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article)
RETURN sp.name AS speaker, s.rules_act AS rules_act, s.act AS act, s.text AS statement, s.sentence AS sentence,
       coalesce(s.date, a.date) AS date, a.title AS article, said AS _said
ORDER BY coalesce(article, ''), s.start, s.id, speaker
