<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>MainWindow</name>
    <message>
        <source>IMR Workbench</source>
        <translation>IMR Workbench</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Abrir carpeta…</translation>
    </message>
    <message>
        <source>Open a folder of letters (Ctrl+O)</source>
        <translation>Abrir una carpeta de cartas (Ctrl+O)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Export Reviewed CSV…</source>
        <translation>&amp;Exportar CSV revisado…</translation>
    </message>
    <message>
        <source>Write the fields of every letter to a CSV file (Ctrl+E)</source>
        <translation>Escribir los campos de todas las cartas en un archivo CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About IMR Workbench</source>
        <translation>&amp;Acerca de IMR Workbench</translation>
    </message>
</context>
<context>
    <name>imr::CsvExportJob</name>
    <message>
        <source>imr-workbench: %1 is not a folder.</source>
        <translation>imr-workbench: %1 no es una carpeta.</translation>
    </message>
    <message>
        <source>imr-workbench: %1</source>
        <translation>imr-workbench: %1</translation>
    </message>
    <message>
        <source>Exported %1 letters, %2 items, %3 errors to %4</source>
        <translation>Se exportaron %1 cartas, %2 elementos y %3 errores a %4</translation>
    </message>
</context>
<context>
    <name>imr::FieldSchema</name>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Date assigned</source>
        <translation>Fecha de asignación</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Fecha de decisión</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Date of injury</source>
        <translation>Fecha de la lesión</translation>
    </message>
    <message>
        <source>UR denial date</source>
        <translation>Fecha de denegación de UR</translation>
    </message>
    <message>
        <source>Application received</source>
        <translation>Recepción de la solicitud</translation>
    </message>
    <message>
        <source>Licensure</source>
        <translation>Licencia profesional</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>Patient age</source>
        <translation>Edad del paciente</translation>
    </message>
    <message>
        <source>Patient sex</source>
        <translation>Sexo del paciente</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>Subcategoría</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Medically necessary</source>
        <translation>Médicamente necesario</translation>
    </message>
    <message>
        <source>Claims administrator guideline</source>
        <translation>Guía del administrador de reclamaciones</translation>
    </message>
    <message>
        <source>Claims administrator sources</source>
        <translation>Fuentes del administrador de reclamaciones</translation>
    </message>
    <message>
        <source>MAXIMUS guideline</source>
        <translation>Guía de MAXIMUS</translation>
    </message>
    <message>
        <source>MAXIMUS sources</source>
        <translation>Fuentes de MAXIMUS</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Fundamento</translation>
    </message>
</context>
<context>
    <name>imr::LetterLoader</name>
    <message>
        <source>Unsupported file type.</source>
        <translation>Tipo de archivo no compatible.</translation>
    </message>
</context>
<context>
    <name>imr::ReviewedCsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>imr::TextDecoder</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file claims to be UTF-16 but is not valid UTF-16.</source>
        <translation>El archivo indica ser UTF-16, pero no es UTF-16 válido.</translation>
    </message>
    <message>
        <source>The file holds binary data, not letter text.</source>
        <translation>El archivo contiene datos binarios, no el texto de una carta.</translation>
    </message>
    <message>
        <source>The file holds text that is not valid Unicode.</source>
        <translation>El archivo contiene texto que no es Unicode válido.</translation>
    </message>
    <message>
        <source>The file holds no text.</source>
        <translation>El archivo no contiene texto.</translation>
    </message>
</context>
<context>
    <name>imr::TextLetterFormat</name>
    <message>
        <source>This is a folder named like a letter, not a file.</source>
        <translation>Es una carpeta con nombre de carta, no un archivo.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; letters are much smaller.</source>
        <translation>El archivo supera los %1 MB; las cartas son mucho más pequeñas.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
</context>
<context>
    <name>imr::TreatmentTaxonomy</name>
    <message>
        <source>Cannot read the taxonomy %1: %2</source>
        <translation>No se puede leer la taxonomía %1: %2</translation>
    </message>
    <message>
        <source>The taxonomy is not valid JSON: %1</source>
        <translation>La taxonomía no es JSON válido: %1</translation>
    </message>
    <message>
        <source>A taxonomy rule for %1 has an invalid pattern: %2</source>
        <translation>Una regla de la taxonomía para %1 tiene un patrón no válido: %2</translation>
    </message>
    <message>
        <source>The taxonomy has no categories or no rules.</source>
        <translation>La taxonomía no tiene categorías o no tiene reglas.</translation>
    </message>
</context>
<context>
    <name>imr::extraction</name>
    <message>
        <source>Unusual age for a worker.</source>
        <translation>Edad inusual para un trabajador.</translation>
    </message>
    <message>
        <source>Taken from the case summary (no header).</source>
        <translation>Tomado del resumen del caso (sin encabezado).</translation>
    </message>
    <message>
        <source>Diagnoses are read from prose.</source>
        <translation>Los diagnósticos se extraen del texto narrativo.</translation>
    </message>
    <message>
        <source>Dates out of order: this date is before the %1.</source>
        <translation>Fechas fuera de orden: esta fecha es anterior a la %1.</translation>
    </message>
    <message>
        <source>The item has no decision.</source>
        <translation>El elemento no tiene decisión.</translation>
    </message>
    <message>
        <source>%1 does not agree with medically necessary = %2.</source>
        <translation>%1 no concuerda con médicamente necesario = %2.</translation>
    </message>
    <message>
        <source>Unknown treatment category.</source>
        <translation>Categoría de tratamiento desconocida.</translation>
    </message>
    <message>
        <source>No decision found before the guideline.</source>
        <translation>No se encontró ninguna decisión antes de la guía.</translation>
    </message>
    <message>
        <source>Partial authorization: the remaining portion of the request.</source>
        <translation>Autorización parcial: la parte restante de la solicitud.</translation>
    </message>
    <message>
        <source>Unusually long request: the item heading may include other text.</source>
        <translation>Solicitud inusualmente larga: el encabezado del elemento puede incluir otro texto.</translation>
    </message>
    <message>
        <source>No taxonomy rule matched the request.</source>
        <translation>Ninguna regla de la taxonomía coincidió con la solicitud.</translation>
    </message>
    <message>
        <source>The rationale has no conclusion on necessity; taken from the decision.</source>
        <translation>El fundamento no concluye sobre la necesidad; se tomó de la decisión.</translation>
    </message>
    <message>
        <source>The rationale&apos;s last sentence on necessity reads as &quot;%1&quot;; the decision says otherwise.</source>
        <translation>La última oración del fundamento sobre la necesidad dice &quot;%1&quot;; la decisión indica lo contrario.</translation>
    </message>
</context>
<context>
    <name>imr::gui::ChartsPage</name>
    <message>
        <source>No charts yet: charts of the folder&apos;s decisions are not available in this version.</source>
        <translation>Aún no hay gráficos: los gráficos de las decisiones de la carpeta no están disponibles en esta versión.</translation>
    </message>
</context>
<context>
    <name>imr::gui::FieldTreeModel</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Elemento %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
</context>
<context>
    <name>imr::gui::LetterListModel</name>
    <message>
        <source>loading</source>
        <translation>cargando</translation>
    </message>
    <message>
        <source>unreviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>%1 upheld, %2 overturned</source>
        <translation>%1 confirmadas, %2 revocadas</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
</context>
<context>
    <name>imr::gui::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop loading the folder</source>
        <translation>Detener la carga de la carpeta</translation>
    </message>
    <message>
        <source>Open a folder of letters with File &gt; Open Folder (Ctrl+O).</source>
        <translation>Abra una carpeta de cartas con Archivo &gt; Abrir carpeta (Ctrl+O).</translation>
    </message>
    <message>
        <source>Open Folder of Letters</source>
        <translation>Abrir carpeta de cartas</translation>
    </message>
    <message>
        <source>%1 — IMR Workbench</source>
        <translation>%1 — IMR Workbench</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n letter(s)…</source>
        <translation>
            <numerusform>Cargando %n carta…</numerusform>
            <numerusform>Cargando %n cartas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n carta</numerusform>
            <numerusform>%n cartas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n no se pudo leer</numerusform>
            <numerusform>%n no se pudieron leer</numerusform>
        </translation>
    </message>
    <message>
        <source>loading cancelled</source>
        <translation>carga cancelada</translation>
    </message>
    <message>
        <source>Open a folder before exporting.</source>
        <translation>Abra una carpeta antes de exportar.</translation>
    </message>
    <message>
        <source>Export Reviewed CSV</source>
        <translation>Exportar CSV revisado</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Se exportó %1</translation>
    </message>
    <message>
        <source>About IMR Workbench</source>
        <translation>Acerca de IMR Workbench</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IMR Workbench&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Review California Independent Medical Review determination letters: extracted fields over the original letter, corrected and confirmed from the keyboard.&lt;/p&gt;&lt;p&gt;No data leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;IMR Workbench&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Revise las cartas de determinación de la Revisión Médica Independiente (IMR) de California: los campos extraídos junto a la carta original, corregidos y confirmados desde el teclado.&lt;/p&gt;&lt;p&gt;Ningún dato sale de este equipo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>imr::gui::ReviewPanel</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n disputed item(s)</source>
        <translation>
            <numerusform>%1 — %n elemento en disputa</numerusform>
            <numerusform>%1 — %n elementos en disputa</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a letter to see its fields.</source>
        <translation>Seleccione una carta para ver sus campos.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review California IMR determination letters.</source>
        <translation>Revisar cartas de determinación de IMR de California.</translation>
    </message>
    <message>
        <source>Render the window with FOLDER loaded to FILE.png and exit.</source>
        <translation>Generar la imagen FILE.png de la ventana con FOLDER cargada y salir.</translation>
    </message>
    <message>
        <source>Write the reviewed CSV of FOLDER to FILE without a window and exit.</source>
        <translation>Escribir el CSV revisado de FOLDER en FILE sin abrir ninguna ventana y salir.</translation>
    </message>
    <message>
        <source>Folder of letters to open.</source>
        <translation>Carpeta de cartas que se abrirá.</translation>
    </message>
    <message>
        <source>imr-workbench: --export-csv needs a FOLDER.</source>
        <translation>imr-workbench: --export-csv necesita un argumento FOLDER.</translation>
    </message>
    <message>
        <source>imr-workbench: cannot write %1</source>
        <translation>imr-workbench: no se puede escribir %1</translation>
    </message>
</context>
</TS>
