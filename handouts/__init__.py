"""The meeting's documents: a PowerPoint deck, a PDF handout and an Excel workbook for one year,
made from the same figures, tables and charts as the pages (no Streamlit here: `make lint` checks).

    python -m handouts deck --year 2025 -o stuurgroep-2025.pptx [--db URL] [--lang nl|en]
    python -m handouts pdf --year 2025 -o stuurgroep-2025.pdf
    python -m handouts workbook --year 2025 -o stuurgroep-2025.xlsx

`handouts.files` builds each file as bytes (the download buttons use the same functions).
"""
