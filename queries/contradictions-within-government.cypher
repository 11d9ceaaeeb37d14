// name: contradictions-within-government
// description: Officials or bodies of the same country's government contradicting each other (e.g. a defence ministry against a foreign ministry).
// param: country (string, default "", example "Russia"): only this country (as stored on its institutions, any case); empty for all
WITH toLower($country) AS wanted
MATCH g = (sp1)-[:STATED]->(s1:Statement)-[:CONTRADICTS]->(s2:Statement)<-[:STATED]-(sp2)
MATCH (sp1)-[:HOLDS_ROLE|PART_OF*0..2]->(g1:Institution)
MATCH (sp2)-[:HOLDS_ROLE|PART_OF*0..2]->(g2:Institution)
WHERE g1.country = g2.country
  AND g1.kind IN ['government', 'ministry', 'agency', 'military']
  AND g2.kind IN ['government', 'ministry', 'agency', 'military']
  AND (wanted = '' OR toLower(g1.country) = wanted)
WITH DISTINCT g1.country AS country, g, sp1, s1, s2, sp2
RETURN country, sp1.name AS speaker, s1.act AS act, s1.text AS statement,
       sp2.name AS contradicted_speaker, s2.act AS contradicted_act, s2.text AS contradicted_statement,
       g AS _graph
ORDER BY country, speaker, contradicted_speaker, statement, contradicted_statement, s1.id, s2.id
