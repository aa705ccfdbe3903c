"""Who said it: the speaker-resolution stage that runs after quotation detection.

`chains` turns the parse into mentions of people and organisations (names, pronouns, role
nouns, kinds of organisation, with gender), chains them per article, and resolves a cue's
subject to a canonical entity with the evidence used; `lexicon` holds the vocabulary as
data; `names` the first names and their usual gender.
"""
