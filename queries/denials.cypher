// name: denials
// description: Denials and what they deny: the statements or events they answer or contradict, and who made those.
// param: speaker (string, default "", example "Konashenkov"): only this speaker's denials (name or alias, any case); empty for all
WITH toLower($speaker) AS wanted
MATCH (sp)
WHERE wanted = '' OR toLower(sp.name) = wanted OR toLower(sp.name) ENDS WITH (' ' + wanted)
      OR any(x IN sp.aliases WHERE toLower(x) = wanted)
WITH sp
MATCH said = (sp)-[:STATED]->(d:Statement)
WHERE d.act = 'deny'
OPTIONAL MATCH (d)-[:REPORTED_IN]->(a:Article)
// An optional path comes back from the embedded store as a path of empty nodes: match a relationship instead.
OPTIONAL MATCH (d)-[denies:RESPONDS_TO|CONTRADICTS]-(o)
WHERE NOT EXISTS { MATCH (o)-[:RESPONDS_TO]->(d) }
OPTIONAL MATCH (o)<-[:STATED]-(osp)
OPTIONAL MATCH (o)-[:ACTOR]->(actor)
RETURN sp.name AS speaker, coalesce(d.date, a.date) AS date, d.text AS denial,
       coalesce(osp.name, actor.name) AS against, coalesce(o.text, o.type) AS denied, a.title AS article,
       said AS _said, denies AS _denies, o AS _denied
ORDER BY coalesce(date, '9999'), coalesce(article, ''), d.start, d.id, coalesce(against, ''), coalesce(denied, '')
