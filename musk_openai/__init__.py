"""musk-openai: timelines and attributed quotations from French news articles."""

__version__ = "0.1.0"
