"""The shared store: SQLAlchemy 2 models, engine and sessions, repository functions and
Alembic migrations. Imports nothing of tradelead's stages."""
