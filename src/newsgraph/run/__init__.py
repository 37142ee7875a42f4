"""The engines that drive batches of articles through the NLP pipeline into an archive: local
processes (``local``), a Spark cluster (``spark``) and feed polling (``watch``). ``store/``
holds the tables and the database they write; it knows nothing of spaCy."""
