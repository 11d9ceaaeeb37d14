// name: acts-per-government
// description: Stance breakdown per government: acts of a country's government, ministries, agencies, military and their officials.
// param: country (string, default "", example "United States"): only this country (as stored on its institutions, any case); empty for all
WITH toLower($country) AS wanted
MATCH (sp)-[:STATED]->(s:Statement)
MATCH (sp)-[:HOLDS_ROLE|PART_OF*0..2]->(g:Institution)
WHERE g.kind IN ['government', 'ministry', 'agency', 'military'] AND g.country IS NOT NULL
  AND (wanted = '' OR toLower(g.country) = wanted)
WITH DISTINCT g.country AS country, sp, s
RETURN country, coalesce(s.act, '') AS act, count(DISTINCT s) AS statements, count(DISTINCT sp) AS speakers
ORDER BY country, statements DESC, act
