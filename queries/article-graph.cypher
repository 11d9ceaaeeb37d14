// name: article-graph
// description: The statements and events reported in one article with their speakers, actors, targets and links.
// param: article (string, example "MESOP “RUSSIAN TACTICS”: Putin Changes Course, Says Aleppo Bombing Pause to Continue"): the article's id, title or file path
MATCH (a:Article)
WHERE a.id = $article OR a.title = $article OR a.path = $article
MATCH (x)-[r0:REPORTED_IN]->(a)
OPTIONAL MATCH (x)-[r]-(y)
RETURN a, r0, x, r, y
