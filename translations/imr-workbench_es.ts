<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>MainWindow</name>
    <message>
        <source>IMR Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of letters (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Reviewed CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the fields of every letter to a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About IMR Workbench</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imr::CsvExportJob</name>
    <message>
        <source>imr-workbench: %1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imr-workbench: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 letters, %2 items, %3 errors to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imr::FieldSchema</name>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UR denial date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medically necessary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims administrator guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims administrator sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAXIMUS guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAXIMUS sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imr::LetterLoader</name>
    <message>
        <source>Unsupported file type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imr::ReviewedCsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imr::TextDecoder</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file claims to be UTF-16 but is not valid UTF-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds binary data, not letter text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds text that is not valid Unicode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imr::TextLetterFormat</name>
    <message>
        <source>This is a folder named like a letter, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; letters are much smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imr::TreatmentTaxonomy</name>
    <message>
        <source>Cannot read the taxonomy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The taxonomy is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A taxonomy rule for %1 has an invalid pattern: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The taxonomy has no categories or no rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imr::extraction</name>
    <message>
        <source>Unusual age for a worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the case summary (no header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses are read from prose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates out of order: this date is before the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item has no decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not agree with medically necessary = %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown treatment category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision found before the guideline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial authorization: the remaining portion of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusually long request: the item heading may include other text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No taxonomy rule matched the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rationale has no conclusion on necessity; taken from the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rationale&apos;s last sentence on necessity reads as &quot;%1&quot;; the decision says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imr::gui::ChartsPage</name>
    <message>
        <source>No charts yet: charts of the folder&apos;s decisions are not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imr::gui::FieldTreeModel</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imr::gui::LetterListModel</name>
    <message>
        <source>loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 upheld, %2 overturned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imr::gui::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of letters with File &gt; Open Folder (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder of Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — IMR Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading %n letter(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Reviewed CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About IMR Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IMR Workbench&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Review California Independent Medical Review determination letters: extracted fields over the original letter, corrected and confirmed from the keyboard.&lt;/p&gt;&lt;p&gt;No data leaves this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imr::gui::ReviewPanel</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n disputed item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a letter to see its fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review California IMR determination letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window with FOLDER loaded to FILE.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reviewed CSV of FOLDER to FILE without a window and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of letters to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imr-workbench: --export-csv needs a FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imr-workbench: cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
