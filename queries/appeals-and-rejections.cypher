// name: appeals-and-rejections
// description: Appeals (calls for, urges, demands) and who rejected them; appeals nobody rejected are listed with an empty rejecter.
// param: speaker (string, default "", example "Kerry"): only this speaker's appeals (name or alias, any case); empty for all
WITH toLower($speaker) AS wanted
MATCH (sp)
WHERE wanted = '' OR toLower(sp.name) = wanted OR toLower(sp.name) ENDS WITH (' ' + wanted)
      OR any(x IN sp.aliases WHERE toLower(x) = wanted)
WITH sp
MATCH said = (sp)-[:STATED]->(ap:Statement)
WHERE ap.act = 'appeal'
OPTIONAL MATCH (ap)-[:REPORTED_IN]->(a:Article)
// An optional path comes back from the embedded store as a path of empty nodes: match relationships instead.
OPTIONAL MATCH (rsp)-[rejected:STATED]->(rj:Statement)-[answer:RESPONDS_TO]->(ap)
WHERE rj.act = 'reject'
RETURN sp.name AS appellant, coalesce(ap.date, a.date) AS date, ap.text AS appeal,
       rsp.name AS rejected_by, rj.text AS rejection, a.title AS article,
       said AS _said, rsp AS _rejecter, rejected AS _rejected, rj AS _rejection, answer AS _answer
ORDER BY coalesce(date, '9999'), coalesce(article, ''), ap.start, ap.id, coalesce(rejected_by, ''), coalesce(rejection, '')
