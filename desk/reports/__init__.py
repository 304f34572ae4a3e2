"""PDF documents (reportlab), Qt-free: one base that owns page, fonts, header and footer, and one
small module per document that supplies its story. Documents take plain data from
``desk.services.briefings`` and return PDF bytes."""

LANGS = ("en", "nl")  # the languages of the documents' fixed texts (here: importing it is cheap)
