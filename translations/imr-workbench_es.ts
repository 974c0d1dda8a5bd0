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
    <message>
        <source>Search the letters (Ctrl+F)</source>
        <translation>Buscar en las cartas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show letters with this review status</source>
        <translation>Mostrar las cartas con este estado de revisión</translation>
    </message>
    <message>
        <source>Show letters with an item of this decision</source>
        <translation>Mostrar las cartas con algún elemento con esta decisión</translation>
    </message>
    <message>
        <source>Show letters with an item of this treatment category</source>
        <translation>Mostrar las cartas con algún elemento de esta categoría de tratamiento</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Letter pages</source>
        <translation>Páginas de la carta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;visión</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;Imprimir informe…</translation>
    </message>
    <message>
        <source>Print the charts of the folder&apos;s decisions (Ctrl+P)</source>
        <translation>Imprimir los gráficos de las decisiones de la carpeta (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation>Exportar informe como P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Confirm All and &amp;Next Letter</source>
        <translation>&amp;Confirmar todo y pasar a la siguiente carta</translation>
    </message>
    <message>
        <source>Confirm every remaining field of this letter and open the next unreviewed letter (Ctrl+Enter)</source>
        <translation>Confirmar todos los campos restantes de esta carta y abrir la siguiente carta sin revisar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Take Selected Text</source>
        <translation>&amp;Tomar el texto seleccionado</translation>
    </message>
    <message>
        <source>Put the text selected in the letter into the current field (F3)</source>
        <translation>Llevar al campo actual el texto seleccionado en la carta (F3)</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>&amp;Edit Field</source>
        <translation>&amp;Editar campo</translation>
    </message>
    <message>
        <source>Edit the current field (F2)</source>
        <translation>Editar el campo actual (F2)</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Ne&amp;xt Letter</source>
        <translation>Carta si&amp;guiente</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Previous Letter</source>
        <translation>Carta &amp;anterior</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Next &amp;Unreviewed Letter</source>
        <translation>Siguiente carta sin &amp;revisar</translation>
    </message>
    <message>
        <source>Alt+PgDown</source>
        <translation>Alt+PgDown</translation>
    </message>
    <message>
        <source>&amp;Find in Letters…</source>
        <translation>&amp;Buscar en las cartas…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>V&amp;ista</translation>
    </message>
    <message>
        <source>Export Pro&amp;venance JSON…</source>
        <translation>Exportar &amp;JSON de procedencia…</translation>
    </message>
    <message>
        <source>Write every field with its confidence, attention mark, review state and source text to a JSON Lines file</source>
        <translation>Escribir todos los campos con su confianza, marca de atención, estado de revisión y texto de origen en un archivo JSON Lines</translation>
    </message>
    <message>
        <source>Save Category as &amp;Rule</source>
        <translation>Guardar categoría como reg&amp;la</translation>
    </message>
    <message>
        <source>Add the category you last corrected, for requests with the same words, to your taxonomy file</source>
        <translation>Añadir a su archivo de taxonomía la última categoría que corrigió, para las solicitudes con las mismas palabras</translation>
    </message>
    <message>
        <source>&amp;Rescan Folder</source>
        <translation>&amp;Actualizar carpeta</translation>
    </message>
    <message>
        <source>Pick up letters added, changed or removed since the folder was opened (F5)</source>
        <translation>Incorporar las cartas añadidas, modificadas o eliminadas desde que se abrió la carpeta (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Store…</source>
        <translation>Conectar a un almacén de &amp;equipo…</translation>
    </message>
    <message>
        <source>Review this folder in a PostgreSQL store shared with your team</source>
        <translation>Revisar esta carpeta en un almacén PostgreSQL compartido con su equipo</translation>
    </message>
    <message>
        <source>Re&amp;open Letter</source>
        <translation>Re&amp;abrir carta</translation>
    </message>
    <message>
        <source>Open a reviewed letter for changes again (team leads)</source>
        <translation>Volver a abrir una carta revisada para cambiarla (responsables de equipo)</translation>
    </message>
    <message>
        <source>&amp;Count This File for Its Case</source>
        <translation>&amp;Contar este archivo para su caso</translation>
    </message>
    <message>
        <source>Another file holds this case too: count this one in charts, summaries and reports instead</source>
        <translation>Otro archivo contiene también este caso: contar este en los gráficos, resúmenes e informes</translation>
    </message>
    <message>
        <source>Analyst &amp;Fields…</source>
        <translation>&amp;Campos del analista…</translation>
    </message>
    <message>
        <source>Define fields of your own (a pattern or a list of phrases in one section of the letter), try them on the folder, and review and export them like the others</source>
        <translation>Defina campos propios (un patrón o una lista de frases en una sección de la carta), pruébelos en la carpeta y revíselos y expórtelos como los demás</translation>
    </message>
    <message>
        <source>Show &amp;Duplicate Cases</source>
        <translation>Mostrar casos &amp;duplicados</translation>
    </message>
    <message>
        <source>List the letters whose case number another file holds too (amended, re-issued or downloaded twice)</source>
        <translation>Lista las cartas cuyo número de caso tiene también otro archivo (modificadas, reemitidas o descargadas dos veces)</translation>
    </message>
</context>
<context>
    <name>imr::CustomFieldPreview</name>
    <message>
        <source>%1 of %2 letters · %3 items matched, %4 missed</source>
        <translation>%1 de %2 cartas · %3 elementos encontrados, %4 sin valor</translation>
    </message>
    <message>
        <source>%1 of %2 letters matched, %3 missed</source>
        <translation>%1 de %2 cartas encontradas, %3 sin valor</translation>
    </message>
</context>
<context>
    <name>imr::CustomFieldRules</name>
    <message>
        <source>Whole letter</source>
        <translation>Toda la carta</translation>
    </message>
    <message>
        <source>Header (case number, dates, priority)</source>
        <translation>Encabezado (número de caso, fechas, prioridad)</translation>
    </message>
    <message>
        <source>Clinical case summary</source>
        <translation>Resumen clínico del caso</translation>
    </message>
    <message>
        <source>Decisions and rationales</source>
        <translation>Decisiones y fundamentos</translation>
    </message>
    <message>
        <source>Item: request</source>
        <translation>Elemento: solicitud</translation>
    </message>
    <message>
        <source>Item: guidelines cited</source>
        <translation>Elemento: guías citadas</translation>
    </message>
    <message>
        <source>Item: decision rationale</source>
        <translation>Elemento: fundamento de la decisión</translation>
    </message>
    <message>
        <source>Item: all of it</source>
        <translation>Elemento: completo</translation>
    </message>
    <message>
        <source>The column name must start with a letter and hold only lower-case letters, digits and _ (at most 40).</source>
        <translation>El nombre de columna debe empezar por una letra y tener solo minúsculas, dígitos y _ (40 como máximo).</translation>
    </message>
    <message>
        <source>%1 is a built-in column.</source>
        <translation>%1 es una columna integrada.</translation>
    </message>
    <message>
        <source>The field needs a label.</source>
        <translation>El campo necesita una etiqueta.</translation>
    </message>
    <message>
        <source>The section does not belong to the field&apos;s level.</source>
        <translation>La sección no corresponde al nivel del campo.</translation>
    </message>
    <message>
        <source>The pattern is empty.</source>
        <translation>El patrón está vacío.</translation>
    </message>
    <message>
        <source>The pattern is not a valid regular expression: %1 (at %2).</source>
        <translation>El patrón no es una expresión regular válida: %1 (en %2).</translation>
    </message>
    <message>
        <source>The pattern needs a capture group, in parentheses, around the value to take.</source>
        <translation>El patrón necesita un grupo de captura, entre paréntesis, alrededor del valor que se toma.</translation>
    </message>
    <message>
        <source>List at least one phrase.</source>
        <translation>Indique al menos una frase.</translation>
    </message>
    <message>
        <source>Unknown section &quot;%1&quot;.</source>
        <translation>Sección desconocida «%1».</translation>
    </message>
</context>
<context>
    <name>imr::CustomFields</name>
    <message>
        <source>Field %1: %2</source>
        <translation>Campo %1: %2</translation>
    </message>
    <message>
        <source>Two fields are named %1.</source>
        <translation>Dos campos se llaman %1.</translation>
    </message>
    <message>
        <source>At most %1 fields of the letter and %1 of each item.</source>
        <translation>Como máximo %1 campos de la carta y %1 de cada elemento.</translation>
    </message>
    <message>
        <source>The analyst fields of this folder cannot be read: %1</source>
        <translation>No se pueden leer los campos del analista de esta carpeta: %1</translation>
    </message>
    <message>
        <source>The analyst fields file %1 is damaged: %2</source>
        <translation>El archivo de campos del analista %1 está dañado: %2</translation>
    </message>
    <message>
        <source>The analyst fields file %1 has a bad rule: %2</source>
        <translation>El archivo de campos del analista %1 tiene una regla incorrecta: %2</translation>
    </message>
    <message>
        <source>Cannot save the analyst fields to %1: %2</source>
        <translation>No se pueden guardar los campos del analista en %1: %2</translation>
    </message>
</context>
<context>
    <name>imr::DecisionStatistics</name>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Todos los elementos</translation>
    </message>
</context>
<context>
    <name>imr::Deidentifier</name>
    <message>
        <source>[withheld: could not be de-identified]</source>
        <translation>[retenido: no se pudo desidentificar]</translation>
    </message>
    <message>
        <source>The file could not be read as a letter.</source>
        <translation>El archivo no se pudo leer como carta.</translation>
    </message>
</context>
<context>
    <name>imr::DuplicateCases</name>
    <message>
        <source>Identical to %1: counted once.</source>
        <translation>Idéntico a %1: se cuenta una vez.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 is also in %2; this file counts (chosen).</source>
        <translation>El caso %1 está también en %2; este archivo cuenta (elegido).</translation>
    </message>
    <message>
        <source>Case %1 is also in %2; this file counts (latest decision).</source>
        <translation>El caso %1 está también en %2; este archivo cuenta (decisión más reciente).</translation>
    </message>
    <message>
        <source>Case %1 is also in %2; %3 counts instead (chosen).</source>
        <translation>El caso %1 está también en %2; cuenta %3 en su lugar (elegido).</translation>
    </message>
    <message>
        <source>Case %1 is also in %2; %3 counts instead (decided later).</source>
        <translation>El caso %1 está también en %2; cuenta %3 en su lugar (decidido después).</translation>
    </message>
    <message>
        <source>Case %1 is also in %2; this file counts (same decision date, last in the folder).</source>
        <translation>El caso %1 está también en %2; este archivo cuenta (misma fecha de decisión, último en la carpeta).</translation>
    </message>
    <message>
        <source>Case %1 is also in %2; this file counts (undated, last in the folder).</source>
        <translation>El caso %1 está también en %2; este archivo cuenta (sin fecha, último en la carpeta).</translation>
    </message>
    <message>
        <source>Case %1 is also in %2; %3 counts instead (same decision date, later in the folder).</source>
        <translation>El caso %1 está también en %2; cuenta %3 en su lugar (misma fecha de decisión, posterior en la carpeta).</translation>
    </message>
    <message>
        <source>Case %1 is also in %2; %3 counts instead (undated, later in the folder).</source>
        <translation>El caso %1 está también en %2; cuenta %3 en su lugar (sin fecha, posterior en la carpeta).</translation>
    </message>
    <message>
        <source>Case %1 is also in %2; this file counts (latest dated decision).</source>
        <translation>El caso %1 está también en %2; este archivo cuenta (decisión fechada más reciente).</translation>
    </message>
    <message>
        <source>Case %1 is also in %2; %3 counts instead (this file is undated).</source>
        <translation>El caso %1 está también en %2; cuenta %3 en su lugar (este archivo no tiene fecha).</translation>
    </message>
</context>
<context>
    <name>imr::ExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>imr-workbench: %1</source>
        <translation>imr-workbench: %1</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>Exported %1 letters, %2 items, %3 errors to %4</source>
        <translation>Se exportaron %1 cartas, %2 elementos y %3 errores a %4</translation>
    </message>
    <message>
        <source>Only the reviewed CSV can be de-identified.</source>
        <translation>Solo el CSV revisado se puede desidentificar.</translation>
    </message>
    <message numerus="yes">
        <source>De-identified: %n paragraph(s) withheld whole.</source>
        <translation>
            <numerusform>Desidentificado: %n párrafo retenido entero.</numerusform>
            <numerusform>Desidentificado: %n párrafos retenidos enteros.</numerusform>
        </translation>
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
        <translation>Guía del administrador</translation>
    </message>
    <message>
        <source>Claims administrator sources</source>
        <translation>Fuentes del administrador</translation>
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
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>&quot;%1&quot; no es una fecha.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age.</source>
        <translation>&quot;%1&quot; no es una edad.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>&quot;%1&quot; no es ninguno de los valores admitidos: %2.</translation>
    </message>
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
        <source>Analyst fields</source>
        <translation>Campos del analista</translation>
    </message>
</context>
<context>
    <name>imr::FileAdmission</name>
    <message>
        <source>The file is gone.</source>
        <translation>El archivo ya no está.</translation>
    </message>
    <message>
        <source>This is a link that leads nowhere (or round in a loop); it was not read.</source>
        <translation>Es un enlace que no lleva a ninguna parte (o que forma un bucle); no se ha leído.</translation>
    </message>
    <message>
        <source>This is a link to a file outside the folder; it was not followed. Preferences &gt; Follow links that leave the folder allows it.</source>
        <translation>Es un enlace a un archivo fuera de la carpeta; no se ha seguido. Preferencias &gt; Seguir los enlaces que salen de la carpeta lo permite.</translation>
    </message>
    <message>
        <source>This is not a regular file (a pipe, a socket or a device); it was not read.</source>
        <translation>No es un archivo normal (una tubería, un socket o un dispositivo); no se ha leído.</translation>
    </message>
    <message>
        <source>The file&apos;s name is not valid UTF-8 text, so it cannot be opened; rename the file.</source>
        <translation>El nombre del archivo no es texto UTF-8 válido, así que no se puede abrir; cambie el nombre del archivo.</translation>
    </message>
    <message>
        <source>The file&apos;s path is longer than the system allows (%1 bytes), so it cannot be opened; move it to a folder with a shorter path.</source>
        <translation>La ruta del archivo es más larga de lo que el sistema admite (%1 bytes), así que no se puede abrir; muévalo a una carpeta con una ruta más corta.</translation>
    </message>
    <message>
        <source>This folder is nested more than %1 levels deep; the folders and letters inside it were not read.</source>
        <translation>Esta carpeta está anidada a más de %1 niveles; no se leyeron las carpetas ni las cartas que contiene.</translation>
    </message>
    <message>
        <source>This folder could not be read when the folder was listed; rescan (F5) to try again.</source>
        <translation>Esta carpeta no se pudo leer al listar la carpeta; vuelva a explorar (F5) para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>This folder cannot be opened (%1); the letters inside it were not read.</source>
        <translation>Esta carpeta no se puede abrir (%1); no se leyeron las cartas que contiene.</translation>
    </message>
</context>
<context>
    <name>imr::FolderIndexer</name>
    <message>
        <source>The stored summary of this letter cannot be read.</source>
        <translation>No se puede leer el resumen guardado de esta carta.</translation>
    </message>
    <message>
        <source>Its review could not be read: %1</source>
        <translation>No se pudo leer su revisión: %1</translation>
    </message>
</context>
<context>
    <name>imr::LetterFormat</name>
    <message>
        <source>The file is larger than %1 MB; letters are much smaller.</source>
        <translation>El archivo supera los %1 MB; las cartas son mucho más pequeñas.</translation>
    </message>
    <message>
        <source>This is a folder named like a letter, not a file.</source>
        <translation>Es una carpeta con nombre de carta, no un archivo.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>This is not a regular file (a pipe, a socket or a device); it was not read.</source>
        <translation>No es un archivo normal (una tubería, un socket o un dispositivo); no se ha leído.</translation>
    </message>
</context>
<context>
    <name>imr::LetterLoader</name>
    <message>
        <source>Unsupported file type.</source>
        <translation>Tipo de archivo no compatible.</translation>
    </message>
    <message>
        <source>The file changed after it was reviewed (%1 by %2). Changes: %3</source>
        <translation>El archivo cambió después de revisarse (%1, por %2). Cambios: %3</translation>
    </message>
    <message>
        <source>none in the fields</source>
        <translation>ninguno en los campos</translation>
    </message>
    <message>
        <source>The file changed; its earlier review could not be read: %1</source>
        <translation>El archivo cambió; no se pudo leer su revisión anterior: %1</translation>
    </message>
</context>
<context>
    <name>imr::LetterRecognizer</name>
    <message>
        <source>This does not look like an IMR determination letter: it has no case number, no decision and none of the letters&apos; headings.</source>
        <translation>No parece una carta de determinación de IMR: no tiene número de caso, ni decisión, ni ninguno de los encabezados de las cartas.</translation>
    </message>
</context>
<context>
    <name>imr::PdfWorkerClient</name>
    <message>
        <source>The PDF reader could not be started.</source>
        <translation>No se pudo iniciar el lector de PDF.</translation>
    </message>
    <message>
        <source>The PDF reader gave an unreadable answer.</source>
        <translation>El lector de PDF dio una respuesta ilegible.</translation>
    </message>
    <message>
        <source>The PDF reader stopped on this file: it may be damaged.</source>
        <translation>El lector de PDF se detuvo con este archivo: puede estar dañado.</translation>
    </message>
    <message>
        <source>Reading the PDF took longer than %1 s: it may be damaged. It was skipped.</source>
        <translation>La lectura del PDF tardó más de %1 s: puede estar dañado. Se omitió.</translation>
    </message>
</context>
<context>
    <name>imr::PostgresReviewStore</name>
    <message>
        <source>Cannot connect to the team store %1: %2</source>
        <translation>No se puede conectar al almacén de equipo %1: %2</translation>
    </message>
    <message>
        <source>The team store could not be written: %1</source>
        <translation>No se pudo escribir en el almacén de equipo: %1</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: Qt&apos;s QPSQL driver is missing (Debian: libqt6sql6-psql).</source>
        <translation>Esta instalación no puede acceder a PostgreSQL: falta el controlador QPSQL de Qt (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>%1 is not prepared as a team store. Its owner prepares it once with: imr-workbench --init-store %2</source>
        <translation>%1 no está preparado como almacén de equipo. Su propietario lo prepara una vez con: imr-workbench --init-store %2</translation>
    </message>
    <message>
        <source>The team store %1 has an older schema. Its owner upgrades it with: imr-workbench --init-store %2</source>
        <translation>El almacén de equipo %1 tiene un esquema anterior. Su propietario lo actualiza con: imr-workbench --init-store %2</translation>
    </message>
    <message>
        <source>The team store %1 was prepared by a newer version of IMR Workbench.</source>
        <translation>El almacén de equipo %1 lo preparó una versión más reciente de IMR Workbench.</translation>
    </message>
    <message>
        <source>The team store could not be read: %1</source>
        <translation>No se pudo leer el almacén de equipo: %1</translation>
    </message>
    <message>
        <source>No review store is open.</source>
        <translation>No hay ningún almacén de revisiones abierto.</translation>
    </message>
    <message>
        <source>This letter was reviewed and closed; only a lead can reopen it.</source>
        <translation>Esta carta se revisó y se cerró; solo un responsable puede volver a abrirla.</translation>
    </message>
    <message>
        <source>%1 is reviewing this letter.</source>
        <translation>%1 está revisando esta carta.</translation>
    </message>
    <message>
        <source>This letter&apos;s review was changed elsewhere since it was opened.</source>
        <translation>La revisión de esta carta se cambió en otro lugar después de abrirla.</translation>
    </message>
    <message>
        <source>Only a lead can reopen a reviewed letter.</source>
        <translation>Solo un responsable puede volver a abrir una carta revisada.</translation>
    </message>
    <message>
        <source>another analyst</source>
        <translation>otro analista</translation>
    </message>
    <message>
        <source>This letter is not claimed by you (any more). Open it again to review it.</source>
        <translation>Esta carta ya no está reservada a su nombre. Vuelva a abrirla para revisarla.</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>El cambio no se guardó: %1</translation>
    </message>
    <message>
        <source>Read-only: the team store %1 takes no changes now (a read-only server).</source>
        <translation>Solo lectura: el almacén del equipo %1 no admite cambios ahora (un servidor de solo lectura).</translation>
    </message>
    <message>
        <source>Read-only: the database user %1 may not save reviews to the team store %2 (it needs the imr_reviewer role).</source>
        <translation>Solo lectura: el usuario de base de datos %1 no puede guardar revisiones en el almacén del equipo %2 (necesita el rol imr_reviewer).</translation>
    </message>
</context>
<context>
    <name>imr::PostgresSchema</name>
    <message>
        <source>The team store could not be read: %1</source>
        <translation>No se pudo leer el almacén de equipo: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the team store: %1</source>
        <translation>No se puede preparar el almacén de equipo: %1</translation>
    </message>
    <message>
        <source>The team store was prepared by a newer version of IMR Workbench (schema %1; this version knows %2). It was left untouched.</source>
        <translation>El almacén de equipo lo preparó una versión más reciente de IMR Workbench (esquema %1; esta versión conoce el %2). No se ha modificado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>imr::ProportionTest</name>
    <message>
        <source>Fisher&apos;s exact test</source>
        <translation>prueba exacta de Fisher</translation>
    </message>
    <message>
        <source>two-proportion z test</source>
        <translation>prueba z de dos proporciones</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>sin prueba</translation>
    </message>
</context>
<context>
    <name>imr::RateComparison</name>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Treatment category</source>
        <translation>Categoría de tratamiento</translation>
    </message>
    <message>
        <source>Guideline source</source>
        <translation>Fuente de guía</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Todos los elementos</translation>
    </message>
    <message>
        <source>%1, not %2</source>
        <translation>%1, no %2</translation>
    </message>
</context>
<context>
    <name>imr::RecordDiff</name>
    <message>
        <source>%1 (item %2)</source>
        <translation>%1 (elemento %2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>items: %1 → %2</source>
        <translation>elementos: %1 → %2</translation>
    </message>
</context>
<context>
    <name>imr::RecordMerge</name>
    <message>
        <source>%1 (item %2)</source>
        <translation>%1 (elemento %2)</translation>
    </message>
    <message>
        <source>the list of items</source>
        <translation>la lista de elementos</translation>
    </message>
</context>
<context>
    <name>imr::ReviewEditor</name>
    <message>
        <source>%1 could not be read; it cannot be reviewed.</source>
        <translation>No se pudo leer %1; no se puede revisar.</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>No se guardó el cambio: %1</translation>
    </message>
    <message>
        <source>The change was not saved: %1 is reviewing this letter.</source>
        <translation>No se guardó el cambio: %1 está revisando esta carta.</translation>
    </message>
    <message>
        <source>%1 changed %2 at the same time. Their values are kept and shown; check them and change them again if needed.</source>
        <translation>%1 cambió %2 al mismo tiempo. Se conservan y se muestran sus valores; compruébelos y vuelva a cambiarlos si hace falta.</translation>
    </message>
    <message>
        <source>Another analyst</source>
        <translation>Otro analista</translation>
    </message>
    <message>
        <source>The change was not saved: the letter kept changing while it was saved. Try again.</source>
        <translation>No se guardó el cambio: la carta siguió cambiando mientras se guardaba. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>imr::ReviewStatus</name>
    <message>
        <source>unreviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisada</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
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
    <name>imr::SqliteReviewStore</name>
    <message>
        <source>There is no review store at %1.</source>
        <translation>No hay ningún almacén de revisiones en %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the review store.</source>
        <translation>No se puede crear la carpeta %1 para el almacén de revisiones.</translation>
    </message>
    <message>
        <source>Cannot create the review store %1: %2</source>
        <translation>No se puede crear el almacén de revisiones %1: %2</translation>
    </message>
    <message>
        <source>The review store %1 cannot be read.</source>
        <translation>No se puede leer el almacén de revisiones %1.</translation>
    </message>
    <message>
        <source>Cannot open the review store %1: %2</source>
        <translation>No se puede abrir el almacén de revisiones %1: %2</translation>
    </message>
    <message>
        <source>The review store %1 is damaged or not a review store (%2). It was left untouched.</source>
        <translation>El almacén de revisiones %1 está dañado o no es un almacén de revisiones (%2). No se ha modificado.</translation>
    </message>
    <message>
        <source>The review store %1 was written by a newer version of IMR Workbench. It was left untouched.</source>
        <translation>El almacén de revisiones %1 se creó con una versión más reciente de IMR Workbench. No se ha modificado.</translation>
    </message>
    <message>
        <source>The review store %1 is damaged. It was left untouched.</source>
        <translation>El almacén de revisiones %1 está dañado. No se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot prepare the review store: %1</source>
        <translation>No se puede preparar el almacén de revisiones: %1</translation>
    </message>
    <message>
        <source>No review store is open.</source>
        <translation>No hay ningún almacén de revisiones abierto.</translation>
    </message>
    <message>
        <source>The review store could not be written: %1</source>
        <translation>No se pudo escribir en el almacén de revisiones: %1</translation>
    </message>
    <message>
        <source>The review store could not be read: %1</source>
        <translation>No se pudo leer el almacén de revisiones: %1</translation>
    </message>
    <message>
        <source>This letter&apos;s review was changed elsewhere since it was opened.</source>
        <translation>La revisión de esta carta se cambió en otro lugar después de abrirla.</translation>
    </message>
    <message>
        <source>The review store %1 was not upgraded: a backup copy could not be made (%2). It was left untouched.</source>
        <translation>El almacén de revisiones %1 no se ha actualizado: no se pudo hacer una copia de seguridad (%2). No se ha modificado.</translation>
    </message>
    <message>
        <source>There is no review store at %1 yet, and it cannot be created: %2</source>
        <translation>Todavía no hay almacén de revisiones en %1 y no se puede crear: %2</translation>
    </message>
    <message>
        <source>The review store %1 is from an older version and must be upgraded, which cannot be done now: %2</source>
        <translation>El almacén de revisiones %1 es de una versión anterior y debe actualizarse, lo que no se puede hacer ahora: %2</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>El cambio no se guardó: %1</translation>
    </message>
    <message>
        <source>Read-only: the review store %1 cannot be written.</source>
        <translation>Solo lectura: no se puede escribir en el almacén de revisiones %1.</translation>
    </message>
    <message>
        <source>Read-only: the review store %1 is opened for reading only.</source>
        <translation>Solo lectura: el almacén de revisiones %1 se abre solo para lectura.</translation>
    </message>
    <message>
        <source>Read-only: the folder is open in another IMR Workbench window (process %1 on %2).</source>
        <translation>Solo lectura: la carpeta está abierta en otra ventana de IMR Workbench (proceso %1 en %2).</translation>
    </message>
    <message>
        <source>Read-only: the review store %1 could not be locked for changes.</source>
        <translation>Solo lectura: no se pudo bloquear el almacén de revisiones %1 para hacer cambios.</translation>
    </message>
</context>
<context>
    <name>imr::StandardTables</name>
    <message>
        <source>Application received to decision</source>
        <translation>De la solicitud recibida a la decisión</translation>
    </message>
    <message>
        <source>Assignment to decision</source>
        <translation>De la asignación a la decisión</translation>
    </message>
</context>
<context>
    <name>imr::StoreAddress</name>
    <message>
        <source>A team store is given as postgresql://user@host:port/database.</source>
        <translation>Un almacén de equipo se indica como postgresql://usuario@servidor:puerto/base_de_datos.</translation>
    </message>
    <message>
        <source>The team store address is not valid: %1</source>
        <translation>La dirección del almacén de equipo no es válida: %1</translation>
    </message>
    <message>
        <source>The team store address must not hold a password. Give it in PGPASSWORD or ~/.pgpass.</source>
        <translation>La dirección del almacén de equipo no debe contener una contraseña. Indíquela en PGPASSWORD o en ~/.pgpass.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;; use one of %2.</source>
        <translation>sslmode &quot;%1&quot; desconocido; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a number.</source>
        <translation>El puerto &quot;%1&quot; no es un número.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot; in the team store address.</source>
        <translation>Opción &quot;%1&quot; desconocida en la dirección del almacén de equipo.</translation>
    </message>
    <message>
        <source>The team store address names no host.</source>
        <translation>La dirección del almacén de equipo no indica ningún servidor.</translation>
    </message>
    <message>
        <source>The team store address names no database.</source>
        <translation>La dirección del almacén de equipo no indica ninguna base de datos.</translation>
    </message>
    <message>
        <source>The port %1 is not valid.</source>
        <translation>El puerto %1 no es válido.</translation>
    </message>
    <message>
        <source>%1 (local server)</source>
        <translation>%1 (servidor local)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>imr::StoredRows</name>
    <message>
        <source>The stored text of this letter is damaged.</source>
        <translation>El texto guardado de esta carta está dañado.</translation>
    </message>
    <message>
        <source>The stored review of this letter cannot be read (damaged record). The letter is read-only until the store is repaired.</source>
        <translation>No se puede leer la revisión guardada de esta carta (registro dañado). La carta es de solo lectura hasta que se repare el almacén.</translation>
    </message>
    <message>
        <source>The review store could not be read: %1</source>
        <translation>No se pudo leer el almacén de revisiones: %1</translation>
    </message>
</context>
<context>
    <name>imr::SummaryCsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>imr::SummaryJob</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Se canceló la lectura de %1.</translation>
    </message>
    <message>
        <source>imr-workbench: %1</source>
        <translation>imr-workbench: %1</translation>
    </message>
    <message>
        <source>Summary of %1 letters, %2 items written to %3 (%4 duplicate files counted once)</source>
        <translation>Resumen de %1 cartas y %2 elementos escrito en %3 (%4 archivos duplicados contados una vez)</translation>
    </message>
</context>
<context>
    <name>imr::TaxonomyFile</name>
    <message>
        <source>The request &quot;%1&quot; has no words a rule could match.</source>
        <translation>La solicitud &quot;%1&quot; no contiene palabras con las que pueda coincidir una regla.</translation>
    </message>
    <message>
        <source>&quot;%1 / %2&quot; is not a category of the taxonomy.</source>
        <translation>&quot;%1 / %2&quot; no es una categoría de la taxonomía.</translation>
    </message>
    <message>
        <source>Cannot read your taxonomy %1: %2</source>
        <translation>No se puede leer su taxonomía %1: %2</translation>
    </message>
    <message>
        <source>Your treatment-category rules, tried in order before the built-in ones. Each pattern is a case-insensitive regular expression.</source>
        <translation>Sus reglas de categorías de tratamiento, que se aplican en orden antes de las integradas. Cada patrón es una expresión regular que no distingue entre mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <source>Cannot write your taxonomy %1: %2</source>
        <translation>No se puede escribir su taxonomía %1: %2</translation>
    </message>
    <message>
        <source>From a category correction</source>
        <translation>De una corrección de categoría</translation>
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
        <source>The file is not UTF-8; it was read as Windows-1252. Check accented letters and quotes.</source>
        <translation>El archivo no está en UTF-8; se leyó como Windows-1252. Revise las letras acentuadas y las comillas.</translation>
    </message>
</context>
<context>
    <name>imr::TreatmentTaxonomy</name>
    <message>
        <source>Cannot read the taxonomy %1: %2</source>
        <translation>No se puede leer la taxonomía %1: %2</translation>
    </message>
    <message>
        <source>The taxonomy has no categories or no rules.</source>
        <translation>La taxonomía no tiene categorías o no tiene reglas.</translation>
    </message>
    <message>
        <source>Cannot read your taxonomy %1: %2. The built-in taxonomy is used.</source>
        <translation>No se puede leer su taxonomía %1: %2. Se usa la taxonomía integrada.</translation>
    </message>
    <message>
        <source>Your taxonomy %1 is not valid: %2 The built-in taxonomy is used.</source>
        <translation>Su taxonomía %1 no es válida: %2 Se usa la taxonomía integrada.</translation>
    </message>
    <message>
        <source>Your taxonomy %1 is not valid: a rule names the unknown category &quot;%2 / %3&quot;. The built-in taxonomy is used.</source>
        <translation>Su taxonomía %1 no es válida: una regla nombra la categoría desconocida &quot;%2 / %3&quot;. Se usa la taxonomía integrada.</translation>
    </message>
    <message>
        <source>The taxonomy is not valid JSON: %1.</source>
        <translation>La taxonomía no es un JSON válido: %1.</translation>
    </message>
    <message>
        <source>The taxonomy has no &quot;rules&quot; list.</source>
        <translation>La taxonomía no tiene una lista &quot;rules&quot;.</translation>
    </message>
    <message>
        <source>A category has no name.</source>
        <translation>Una categoría no tiene nombre.</translation>
    </message>
    <message>
        <source>Rule %1 needs a &quot;category&quot; and a list of &quot;patterns&quot;.</source>
        <translation>La regla %1 necesita una clave &quot;category&quot; y una lista &quot;patterns&quot;.</translation>
    </message>
    <message>
        <source>Rule %1 (%2) has an invalid pattern: %3.</source>
        <translation>La regla %1 (%2) tiene un patrón no válido: %3.</translation>
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
    <message>
        <source>The diagnosis is hedged or negated in the summary.</source>
        <translation>En el resumen, el diagnóstico se expresa con reservas o se niega.</translation>
    </message>
    <message>
        <source>A long list of diagnoses: check how it was split.</source>
        <translation>Lista larga de diagnósticos: revise cómo se dividió.</translation>
    </message>
    <message>
        <source>No diagnosis is named: this is what the claim was filed for.</source>
        <translation>No se indica ningún diagnóstico: este es el motivo por el que se presentó la reclamación.</translation>
    </message>
    <message>
        <source>The word stands in the header without a &quot;Priority&quot; label.</source>
        <translation>La palabra figura en el encabezado sin la etiqueta &quot;Priority&quot;.</translation>
    </message>
    <message>
        <source>The header has dates without labels: this date may belong to another field.</source>
        <translation>El encabezado tiene fechas sin etiqueta: esta fecha puede corresponder a otro campo.</translation>
    </message>
    <message>
        <source>A label in the header has no value: labels and values may be paired wrongly.</source>
        <translation>Una etiqueta del encabezado no tiene valor: es posible que las etiquetas y los valores estén mal emparejados.</translation>
    </message>
    <message>
        <source>The letter&apos;s final determination is a partial overturn, but every item has the same decision.</source>
        <translation>La determinación final de la carta es una revocación parcial, pero todos los elementos tienen la misma decisión.</translation>
    </message>
    <message>
        <source>Taken from the letter&apos;s final determination.</source>
        <translation>Tomado de la determinación final de la carta.</translation>
    </message>
    <message>
        <source>The letter&apos;s final determination (%1) disagrees with this decision.</source>
        <translation>La determinación final de la carta (%1) no concuerda con esta decisión.</translation>
    </message>
    <message>
        <source>The item heading shares its line with other text: check where the request begins.</source>
        <translation>El encabezado del elemento comparte la línea con otro texto: revise dónde empieza la solicitud.</translation>
    </message>
    <message>
        <source>Only generic words decided the category; the request also fits %1.</source>
        <translation>Solo palabras genéricas determinaron la categoría; la solicitud también encaja en %1.</translation>
    </message>
    <message>
        <source>The reviewer adopted the Claims Administrator&apos;s guideline.</source>
        <translation>El revisor adoptó la guía del administrador de reclamaciones.</translation>
    </message>
    <message>
        <source>No decision found for the item.</source>
        <translation>No se encontró ninguna decisión para el elemento.</translation>
    </message>
    <message>
        <source>Suggested by your correction of &quot;%1&quot; in %2: confirm to accept.</source>
        <translation>Sugerido por su corrección de &quot;%1&quot; en %2: confirme para aceptarlo.</translation>
    </message>
</context>
<context>
    <name>imr::gui::ChartBuilder</name>
    <message>
        <source>No letters: open a folder to see its decisions.</source>
        <translation>No hay cartas: abra una carpeta para ver sus decisiones.</translation>
    </message>
    <message>
        <source>No letter matches the filter.</source>
        <translation>Ninguna carta coincide con el filtro.</translation>
    </message>
    <message>
        <source>No decided items in these letters.</source>
        <translation>No hay elementos decididos en estas cartas.</translation>
    </message>
    <message>
        <source>Overturn rate by treatment category</source>
        <translation>Tasa de revocación por categoría de tratamiento</translation>
    </message>
    <message>
        <source>Overturn rate in %1, by subcategory</source>
        <translation>Tasa de revocación en %1, por subcategoría</translation>
    </message>
    <message>
        <source>Decisions by MAXIMUS guideline source</source>
        <translation>Decisiones por fuente de la guía de MAXIMUS</translation>
    </message>
    <message>
        <source>Decisions by reviewer specialty (top 10)</source>
        <translation>Decisiones por especialidad del revisor (10 principales)</translation>
    </message>
    <message>
        <source>Decisions by year of injury (no decision dates)</source>
        <translation>Decisiones por año de la lesión (sin fechas de decisión)</translation>
    </message>
    <message>
        <source>Decisions by decision month</source>
        <translation>Decisiones por mes de decisión</translation>
    </message>
    <message>
        <source>Review progress (letters)</source>
        <translation>Progreso de la revisión (cartas)</translation>
    </message>
    <message>
        <source>No letters: open a folder to see its review progress.</source>
        <translation>No hay cartas: abra una carpeta para ver el progreso de su revisión.</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Ratificada</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>No review work yet: confirmations and corrections are timed from the audit trail.</source>
        <translation>Aún no hay revisión: las confirmaciones y correcciones se miden con el registro de auditoría.</translation>
    </message>
    <message>
        <source>%1 min, %2 s per action</source>
        <translation>%1 min, %2 s por acción</translation>
    </message>
    <message>
        <source>%1 corrected, %2% of those acknowledged</source>
        <translation>%1 corregidos, %2% de los revisados</translation>
    </message>
    <message numerus="yes">
        <source>%1 corrections in %n item(s)</source>
        <translation>
            <numerusform>%1 correcciones en %n elemento</numerusform>
            <numerusform>%1 correcciones en %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Review time by field (minutes); a letter takes %1 s (median), %2 s (90th percentile)</source>
        <translation>Tiempo de revisión por campo (minutos); una carta lleva %1 s (mediana), %2 s (percentil 90)</translation>
    </message>
    <message>
        <source>Review time by field (minutes)</source>
        <translation>Tiempo de revisión por campo (minutos)</translation>
    </message>
    <message>
        <source>Corrections by field</source>
        <translation>Correcciones por campo</translation>
    </message>
    <message>
        <source>Corrections by treatment category</source>
        <translation>Correcciones por categoría de tratamiento</translation>
    </message>
    <message>
        <source>%1–%2%</source>
        <translation>%1–%2%</translation>
    </message>
    <message numerus="yes">
        <source>Grey: fewer than %n items, too few for a reliable rate. Whiskers: 95% intervals.</source>
        <translation>
            <numerusform>Gris: menos de %n elemento, muy pocos para una tasa fiable. Bigotes: intervalos del 95%.</numerusform>
            <numerusform>Gris: menos de %n elementos, muy pocos para una tasa fiable. Bigotes: intervalos del 95%.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcome overview: %1 items, %2% overturned (95% CI %3)</source>
        <translation>Resumen de resultados: %1 elementos, %2% revocados (IC 95% %3)</translation>
    </message>
    <message>
        <source>n = %1, 95% CI %2</source>
        <translation>n = %1, IC 95% %2</translation>
    </message>
</context>
<context>
    <name>imr::gui::ChartsPage</name>
    <message>
        <source>Decided from</source>
        <translation>Decididas desde</translation>
    </message>
    <message>
        <source>All letters</source>
        <translation>Todas las cartas</translation>
    </message>
    <message>
        <source>Reviewed letters only</source>
        <translation>Solo cartas revisadas</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Back from the subcategories to all categories</source>
        <translation>Volver de las subcategorías a todas las categorías</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>%1 of %2 letters · %3 items</source>
        <translation>%1 de %2 cartas · %3 elementos</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Guardar como SVG…</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Letters counted</source>
        <translation>Cartas contadas</translation>
    </message>
    <message>
        <source>Decided until</source>
        <translation>Decididas hasta</translation>
    </message>
    <message>
        <source>Treatment categories the charts count</source>
        <translation>Categorías de tratamiento que cuentan los gráficos</translation>
    </message>
    <message>
        <source>Letters and items in the charts</source>
        <translation>Cartas y elementos de los gráficos</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Decisions across the folder, one chart per view</source>
        <translation>Decisiones de toda la carpeta, un gráfico por vista</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s); a bar or slice lists the letters behind it.</source>
        <translation>
            <numerusform>%n decisión; una barra o un sector lista las cartas que hay detrás.</numerusform>
            <numerusform>%n decisiones; una barra o un sector lista las cartas que hay detrás.</numerusform>
        </translation>
    </message>
    <message>
        <source>Grey groups under</source>
        <translation>Grupos en gris bajo</translation>
    </message>
    <message>
        <source> items</source>
        <translation> elementos</translation>
    </message>
    <message>
        <source>Smallest group with a reliable rate</source>
        <translation>Grupo más pequeño con una tasa fiable</translation>
    </message>
    <message>
        <source>Rates of smaller groups are greyed: with few items, the 95% interval is wide.</source>
        <translation>Las tasas de grupos menores aparecen en gris: con pocos elementos, el intervalo del 95% es amplio.</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Sin comparación</translation>
    </message>
    <message>
        <source>Compare with decisions from</source>
        <translation>Comparar con decisiones del</translation>
    </message>
    <message>
        <source>Compare with another folder…</source>
        <translation>Comparar con otra carpeta…</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>Compared decisions from</source>
        <translation>Decisiones comparadas desde</translation>
    </message>
    <message>
        <source>Compared decisions until</source>
        <translation>Decisiones comparadas hasta</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>Comparado con %1</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>Decided %1 to %2</source>
        <translation>Decididas del %1 al %2</translation>
    </message>
    <message>
        <source>This folder</source>
        <translation>Esta carpeta</translation>
    </message>
    <message>
        <source>Overturn rates: %1 against %2</source>
        <translation>Tasas de revocación: %1 frente a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate file(s) counted once</source>
        <translation>
            <numerusform>%n archivo duplicado contado una vez</numerusform>
            <numerusform>%n archivos duplicados contados una vez</numerusform>
        </translation>
    </message>
    <message>
        <source>Overturn rates: %1 against %2 — the periods overlap, so the differences are not tested; set Decided from on the bar above to two separate periods</source>
        <translation>Tasas de revocación: %1 frente a %2 — los periodos se solapan, así que las diferencias no se prueban; ponga en Decididas desde, arriba, dos periodos separados</translation>
    </message>
    <message>
        <source>against</source>
        <translation>frente a</translation>
    </message>
    <message>
        <source>Compare items citing</source>
        <translation>Comparar los elementos que citan</translation>
    </message>
    <message>
        <source>Items citing this guideline source</source>
        <translation>Elementos que citan esta fuente de guía</translation>
    </message>
    <message>
        <source>Against items citing this guideline source</source>
        <translation>Frente a los elementos que citan esta fuente de guía</translation>
    </message>
    <message>
        <source>Choose two different guideline sources to compare</source>
        <translation>Elija dos fuentes de guía distintas para comparar</translation>
    </message>
    <message>
        <source>Overturn rates: items citing %1 against items citing %2</source>
        <translation>Tasas de revocación: elementos que citan %1 frente a elementos que citan %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) citing both are in neither group</source>
        <translation>
            <numerusform>%n elemento que cita ambas no está en ningún grupo</numerusform>
            <numerusform>%n elementos que citan ambas no están en ningún grupo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imr::gui::ComparisonModel</name>
    <message>
        <source>no items</source>
        <translation>sin elementos</translation>
    </message>
    <message>
        <source>%1% (%2), n = %3</source>
        <translation>%1% (%2), n = %3</translation>
    </message>
    <message>
        <source>%1%2 points</source>
        <translation>%1%2 puntos</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n items on one side: the difference is not reliable.</source>
        <translation>
            <numerusform>Menos de %n elemento en un lado: la diferencia no es fiable.</numerusform>
            <numerusform>Menos de %n elementos en un lado: la diferencia no es fiable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primero</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Segundo</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
</context>
<context>
    <name>imr::gui::CustomFieldDialog</name>
    <message>
        <source>Analyst Fields</source>
        <translation>Campos del analista</translation>
    </message>
    <message>
        <source>Analyst fields</source>
        <translation>Campos del analista</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Sessions requested</source>
        <translation>Sesiones solicitadas</translation>
    </message>
    <message>
        <source>Each disputed item</source>
        <translation>Cada elemento en disputa</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>La carta</translation>
    </message>
    <message>
        <source>The capture group of a regular expression</source>
        <translation>El grupo de captura de una expresión regular</translation>
    </message>
    <message>
        <source>The phrases of a list that it holds</source>
        <translation>Las frases de una lista que contiene</translation>
    </message>
    <message>
        <source>One phrase per line</source>
        <translation>Una frase por línea</translation>
    </message>
    <message>
        <source>&amp;Column name:</source>
        <translation>Nombre de &amp;columna:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>&amp;Value of:</source>
        <translation>&amp;Valor de:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>&amp;Take:</source>
        <translation>&amp;Tomar:</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Regla:</translation>
    </message>
    <message>
        <source>Preview counts</source>
        <translation>Recuentos de la vista previa</translation>
    </message>
    <message>
        <source>Commonest values</source>
        <translation>Valores más frecuentes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Campo %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No value taken yet.</source>
        <translation>Aún no se ha tomado ningún valor.</translation>
    </message>
    <message>
        <source>Commonest: %1</source>
        <translation>Más frecuentes: %1</translation>
    </message>
</context>
<context>
    <name>imr::gui::CustomFieldPreviewModel</name>
    <message>
        <source>(no match)</source>
        <translation>(sin coincidencia)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Value taken</source>
        <translation>Valor tomado</translation>
    </message>
</context>
<context>
    <name>imr::gui::EmptyState</name>
    <message>
        <source>Open a folder of letters</source>
        <translation>Abra una carpeta de cartas</translation>
    </message>
    <message>
        <source>IMR determination letters, as published PDFs or as extracted text, from a dozen to a year&apos;s worth. Every PDF and text file below the folder is listed.</source>
        <translation>Cartas de determinación de IMR, como PDF publicados o como texto extraído, desde una docena hasta las de todo un año. Se listan todos los archivos PDF y de texto de la carpeta y sus subcarpetas.</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Abrir carpeta…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Letters</source>
        <translation>Abrir las cartas de &amp;ejemplo</translation>
    </message>
    <message>
        <source>No folder open</source>
        <translation>Ninguna carpeta abierta</translation>
    </message>
</context>
<context>
    <name>imr::gui::ExportDialog</name>
    <message>
        <source>&amp;All letters</source>
        <translation>&amp;Todas las cartas</translation>
    </message>
    <message>
        <source>&amp;Reviewed letters only</source>
        <translation>Solo las cartas &amp;revisadas</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Letters:</source>
        <translation>Cartas:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;De-identify for sharing (HIPAA Safe Harbor)</source>
        <translation>&amp;Desidentificar para compartir (HIPAA Safe Harbor)</translation>
    </message>
    <message>
        <source>Case numbers and file names become pseudonyms that only this export uses; dates become years; ages over 89 become 90+; names, places, telephone numbers, addresses and other identifiers are removed from the text, and a paragraph that cannot be cleaned reliably is withheld.</source>
        <translation>Los números de caso y los nombres de archivo pasan a ser seudónimos que solo usa esta exportación; las fechas pasan a años; las edades de más de 89 pasan a 90+; los nombres, lugares, teléfonos, direcciones y otros identificadores se quitan del texto, y un párrafo que no se puede limpiar con fiabilidad se retiene.</translation>
    </message>
    <message>
        <source>Sharing:</source>
        <translation>Compartir:</translation>
    </message>
</context>
<context>
    <name>imr::gui::FieldChangeCommand</name>
    <message>
        <source>Correct %1</source>
        <translation>Corregir %1</translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation>Confirmar %1</translation>
    </message>
</context>
<context>
    <name>imr::gui::FieldEditorDelegate</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>imr::gui::FieldMarks</name>
    <message>
        <source>Item %1 · %2</source>
        <translation>Elemento %1 · %2</translation>
    </message>
    <message>
        <source>%1
%2
confidence %3%</source>
        <translation>%1
%2
confianza %3%</translation>
    </message>
</context>
<context>
    <name>imr::gui::FieldTreeModel</name>
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
        <source>✔ confirmed</source>
        <translation>✔ confirmado</translation>
    </message>
    <message>
        <source>✎ corrected</source>
        <translation>✎ corregido</translation>
    </message>
    <message>
        <source>⚠ needs attention</source>
        <translation>⚠ requiere atención</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>extracted %1%</source>
        <translation>extraído %1%</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>✔</source>
        <translation>✔</translation>
    </message>
    <message>
        <source>✎</source>
        <translation>✎</translation>
    </message>
    <message>
        <source>⚠ %1%</source>
        <translation>⚠ %1 %</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>imr::gui::ItemChangeCommand</name>
    <message>
        <source>Add item %1</source>
        <translation>Añadir elemento %1</translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation>Quitar elemento %1</translation>
    </message>
</context>
<context>
    <name>imr::gui::LetterListModel</name>
    <message>
        <source>loading</source>
        <translation>cargando</translation>
    </message>
    <message>
        <source>%1 upheld, %2 overturned</source>
        <translation>ratificadas: %1, revocadas: %2</translation>
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
    <message>
        <source>In review by %1</source>
        <translation>La revisa %1</translation>
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
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n carta</numerusform>
            <numerusform>%n cartas</numerusform>
        </translation>
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
        <source>About IMR Workbench</source>
        <translation>Acerca de IMR Workbench</translation>
    </message>
    <message>
        <source>Show all letters</source>
        <translation>Mostrar todas las cartas</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Cualquier decisión</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Ratificada</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>Review is read-only: %1</source>
        <translation>La revisión es de solo lectura: %1</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 mostradas</translation>
    </message>
    <message>
        <source>No unreviewed letter after this one.</source>
        <translation>No hay ninguna carta sin revisar después de esta.</translation>
    </message>
    <message>
        <source>Select text in the letter and a field in the side panel first.</source>
        <translation>Seleccione primero un texto en la carta y un campo en el panel lateral.</translation>
    </message>
    <message>
        <source>Wait until the folder has loaded.</source>
        <translation>Espere a que termine de cargarse la carpeta.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n letter(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n carta a %1</numerusform>
            <numerusform>Se exportaron %n cartas a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Letters behind &quot;%1&quot;: %n letter(s)</source>
        <translation>
            <numerusform>Cartas correspondientes a &quot;%1&quot;: %n carta</numerusform>
            <numerusform>Cartas correspondientes a &quot;%1&quot;: %n cartas</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Exportar informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Confirm the current field, go to the next that needs attention</source>
        <translation>Confirmar el campo actual e ir al siguiente que requiera atención</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Confirm every remaining field, open the next unreviewed letter</source>
        <translation>Confirmar todos los campos restantes y abrir la siguiente carta sin revisar</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Campo siguiente / anterior</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Edit the current field</source>
        <translation>Editar el campo actual</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Cancel the edit</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>Put the text selected in the letter into the current field</source>
        <translation>Llevar al campo actual el texto seleccionado en la carta</translation>
    </message>
    <message>
        <source>Alt+Down / Alt+Up</source>
        <translation>Alt+Down / Alt+Up</translation>
    </message>
    <message>
        <source>Next / previous letter</source>
        <translation>Carta siguiente / anterior</translation>
    </message>
    <message>
        <source>Alt+Page Down</source>
        <translation>Alt+Page Down</translation>
    </message>
    <message>
        <source>Next unreviewed letter</source>
        <translation>Siguiente carta sin revisar</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Undo / redo (per letter)</source>
        <translation>Deshacer / rehacer (por carta)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search the letters&apos; text</source>
        <translation>Buscar en el texto de las cartas</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open a folder</source>
        <translation>Abrir una carpeta</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the reviewed CSV</source>
        <translation>Exportar el CSV revisado</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print the charts report</source>
        <translation>Imprimir el informe de gráficos</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>%n revisada</numerusform>
            <numerusform>%n revisadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n en curso</numerusform>
            <numerusform>%n en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreviewed</source>
        <translation>
            <numerusform>%n sin revisar</numerusform>
            <numerusform>%n sin revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n ilegible</numerusform>
            <numerusform>%n ilegibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Cambio no guardado</translation>
    </message>
    <message numerus="yes">
        <source>%n other item(s) with the same request now show &quot;%1&quot;, marked: Enter accepts it there. Review &gt; Save Category as Rule keeps it for other folders.</source>
        <translation>
            <numerusform>%n elemento más con la misma solicitud muestra ahora &quot;%1&quot;, marcado: Enter lo acepta allí. Revisión &gt; Guardar categoría como regla lo conserva para otras carpetas.</numerusform>
            <numerusform>%n elementos más con la misma solicitud muestran ahora &quot;%1&quot;, marcados: Enter lo acepta allí. Revisión &gt; Guardar categoría como regla lo conserva para otras carpetas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder&apos;s index could not be saved: %1</source>
        <translation>No se pudo guardar el índice de la carpeta: %1</translation>
    </message>
    <message>
        <source>Reading the folder…</source>
        <translation>Leyendo la carpeta…</translation>
    </message>
    <message numerus="yes">
        <source>Loading %1 of %n letter(s)…</source>
        <translation>
            <numerusform>Cargando %1 de %n carta…</numerusform>
            <numerusform>Cargando %1 de %n cartas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading %1 of %n letter(s), %2 per second, about %3 left…</source>
        <translation>
            <numerusform>Cargando %1 de %n carta, %2 por segundo, quedan unos %3…</numerusform>
            <numerusform>Cargando %1 de %n cartas, %2 por segundo, quedan unos %3…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading cancelled; the letters read so far are kept, and reopening the folder goes on from there.</source>
        <translation>Carga cancelada; se conservan las cartas leídas hasta ahora y, al volver a abrir la carpeta, se continúa desde ese punto.</translation>
    </message>
    <message>
        <source>The letters&apos; text could not be searched: %1</source>
        <translation>No se pudo buscar en el texto de las cartas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n loading</source>
        <translation>
            <numerusform>%n cargando</numerusform>
            <numerusform>%n cargando</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is read-only: %2</source>
        <translation>%1 es de solo lectura: %2</translation>
    </message>
    <message>
        <source>Save Category as Rule</source>
        <translation>Guardar categoría como regla</translation>
    </message>
    <message>
        <source>Rule saved to %1: &quot;%2&quot; is %3 in the letters read from now on.</source>
        <translation>Regla guardada en %1: &quot;%2&quot; será %3 en las cartas que se lean a partir de ahora.</translation>
    </message>
    <message>
        <source>Export Provenance JSON</source>
        <translation>Exportar JSON de procedencia</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl *.json)</source>
        <translation>Archivos JSON Lines (*.jsonl *.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n letter(s)…</source>
        <translation>
            <numerusform>Exportando %n carta…</numerusform>
            <numerusform>Exportando %n cartas…</numerusform>
        </translation>
    </message>
    <message>
        <source>No recent folders</source>
        <translation>No hay carpetas recientes</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar el menú</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IMR Workbench&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Review California Independent Medical Review determination letters: extracted fields over the original letter, corrected and confirmed from the keyboard.&lt;/p&gt;&lt;p&gt;No data leaves this computer.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence. Built with Qt %2 (LGPL-3.0; &lt;a href=&quot;https://www.qt.io/licensing/&quot;&gt;qt.io/licensing&lt;/a&gt;) and KDE Frameworks KSyntaxHighlighting (MIT).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;IMR Workbench&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Revise las cartas de determinación de la Revisión Médica Independiente de California: los campos extraídos sobre la carta original, corregidos y confirmados desde el teclado.&lt;/p&gt;&lt;p&gt;Ningún dato sale de esta computadora.&lt;/p&gt;&lt;p&gt;Con licencia MIT. Hecho con Qt %2 (LGPL-3.0; &lt;a href=&quot;https://www.qt.io/licensing/&quot;&gt;qt.io/licensing&lt;/a&gt;) y KSyntaxHighlighting de KDE Frameworks (MIT).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search the letters</source>
        <translation>Buscar en las cartas</translation>
    </message>
    <message>
        <source>Letters whose text has every word typed; Enter searches at once</source>
        <translation>Cartas cuyo texto tiene todas las palabras escritas; Intro busca de inmediato</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Show letters of one review status</source>
        <translation>Mostrar las cartas de un estado de revisión</translation>
    </message>
    <message>
        <source>Decision filter</source>
        <translation>Filtro de decisión</translation>
    </message>
    <message>
        <source>Show letters with an item of this decision</source>
        <translation>Mostrar las cartas con un elemento de esta decisión</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro de categoría</translation>
    </message>
    <message>
        <source>Show letters with an item of this treatment category</source>
        <translation>Mostrar las cartas con un elemento de esta categoría de tratamiento</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>The folder&apos;s letters with their status, items and decisions</source>
        <translation>Las cartas de la carpeta con su estado, elementos y decisiones</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>The letter on its PDF pages, or as text</source>
        <translation>La carta en sus páginas PDF, o como texto</translation>
    </message>
    <message>
        <source>Letter pages</source>
        <translation>Páginas de la carta</translation>
    </message>
    <message>
        <source>The PDF pages, with a box over every extracted value</source>
        <translation>Las páginas PDF, con un recuadro sobre cada valor extraído</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <source>The letter&apos;s text, extracted values highlighted</source>
        <translation>El texto de la carta, con los valores extraídos resaltados</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Extracted fields with value and status; Enter confirms, F2 edits</source>
        <translation>Campos extraídos con su valor y estado; Intro confirma, F2 edita</translation>
    </message>
    <message>
        <source>Workbench</source>
        <translation>Área de trabajo</translation>
    </message>
    <message>
        <source>Review the letters, or read the charts</source>
        <translation>Revisar las cartas o leer los gráficos</translation>
    </message>
    <message>
        <source>Letter counts</source>
        <translation>Recuento de cartas</translation>
    </message>
    <message>
        <source>Letters in the folder by review status</source>
        <translation>Cartas de la carpeta por estado de revisión</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progreso de la carga</translation>
    </message>
    <message>
        <source>Letters read so far</source>
        <translation>Cartas leídas hasta ahora</translation>
    </message>
    <message>
        <source>&amp;Color Scheme</source>
        <translation>&amp;Esquema de colores</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Text Layout</source>
        <translation>Disposición del &amp;texto</translation>
    </message>
    <message>
        <source>&amp;Reading (Paragraphs Reflowed)</source>
        <translation>&amp;Lectura (párrafos reajustados)</translation>
    </message>
    <message>
        <source>&amp;As Extracted (Line Breaks Kept)</source>
        <translation>Como se &amp;extrajo (saltos de línea conservados)</translation>
    </message>
    <message>
        <source>&amp;No Wrap</source>
        <translation>Sin &amp;ajuste de línea</translation>
    </message>
    <message>
        <source>In review by %1: read-only here until they move on.</source>
        <translation>En revisión por %1: aquí es de solo lectura hasta que pase a otra carta.</translation>
    </message>
    <message>
        <source>%1 is yours to review.</source>
        <translation>%1 queda a su cargo para revisarla.</translation>
    </message>
    <message>
        <source>Open a folder first: the team store is chosen for a folder.</source>
        <translation>Abra primero una carpeta: el almacén de equipo se elige para cada carpeta.</translation>
    </message>
    <message>
        <source>Team Store</source>
        <translation>Almacén de equipo</translation>
    </message>
    <message>
        <source>%1 — %2 — IMR Workbench</source>
        <translation>%1 — %2 — IMR Workbench</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>%1 changed on disk: your review of the earlier version is kept; the new version is shown.</source>
        <translation>%1 cambió en el disco: se conserva su revisión de la versión anterior; se muestra la versión nueva.</translation>
    </message>
    <message>
        <source>%1 changed on disk: the new version is shown.</source>
        <translation>%1 cambió en el disco: se muestra la versión nueva.</translation>
    </message>
    <message>
        <source>Review effort cannot be read: %1</source>
        <translation>No se puede leer el esfuerzo de revisión: %1</translation>
    </message>
    <message>
        <source>Choices among duplicate cases cannot be read (%1): the latest decision counts.</source>
        <translation>No se pueden leer las elecciones entre casos duplicados (%1): cuenta la decisión más reciente.</translation>
    </message>
    <message>
        <source>Count This File</source>
        <translation>Contar este archivo</translation>
    </message>
    <message>
        <source>Open a folder first.</source>
        <translation>Abra primero una carpeta.</translation>
    </message>
    <message>
        <source>Analyst Fields</source>
        <translation>Campos del analista</translation>
    </message>
    <message numerus="yes">
        <source>%n analyst field(s) saved with the folder.</source>
        <translation>
            <numerusform>%n campo del analista guardado con la carpeta.</numerusform>
            <numerusform>%n campos del analista guardados con la carpeta.</numerusform>
        </translation>
    </message>
    <message>
        <source>duplicate cases</source>
        <translation>casos duplicados</translation>
    </message>
    <message>
        <source>Compare with Folder</source>
        <translation>Comparar con carpeta</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n letter(s), de-identified, to %1 (%2 paragraphs withheld)</source>
        <translation>
            <numerusform>Exportada %n carta, desidentificada, a %1 (%2 párrafos retenidos)</numerusform>
            <numerusform>Exportadas %n cartas, desidentificadas, a %1 (%2 párrafos retenidos)</numerusform>
        </translation>
    </message>
    <message>
        <source>The review store is being opened.</source>
        <translation>Se está abriendo el almacén de revisiones.</translation>
    </message>
    <message>
        <source>Opening the review store…</source>
        <translation>Abriendo el almacén de revisiones…</translation>
    </message>
</context>
<context>
    <name>imr::gui::PdfPageView</name>
    <message>
        <source>This PDF cannot be shown. Its text is on the Text tab.</source>
        <translation>Este PDF no se puede mostrar. Su texto está en la pestaña Texto.</translation>
    </message>
</context>
<context>
    <name>imr::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Written with every confirmation and correction, and in the reviewed CSV</source>
        <translation>Se registra con cada confirmación y corrección, y en el CSV revisado</translation>
    </message>
    <message>
        <source>Reviewer &amp;name:</source>
        <translation>&amp;Nombre del revisor:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Taxonomy file:</source>
        <translation>Archivo de &amp;taxonomía:</translation>
    </message>
    <message>
        <source>Your rules for treatment categories, tried before the built-in ones. The folder is read again when they change.</source>
        <translation>Sus reglas de categorías de tratamiento, que se aplican antes de las integradas. La carpeta se vuelve a leer cuando cambian.</translation>
    </message>
    <message>
        <source>Taxonomy File</source>
        <translation>Archivo de taxonomía</translation>
    </message>
    <message>
        <source>Taxonomy (*.json);;All files (*)</source>
        <translation>Taxonomía (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Follow links that leave the folder</source>
        <translation>&amp;Seguir los enlaces que salen de la carpeta</translation>
    </message>
    <message>
        <source>Off: a link to a file outside the opened folder is listed as an error and not read</source>
        <translation>Desactivado: un enlace a un archivo fuera de la carpeta abierta se muestra como error y no se lee</translation>
    </message>
</context>
<context>
    <name>imr::gui::ReportJob</name>
    <message>
        <source>imr-workbench: %1</source>
        <translation>imr-workbench: %1</translation>
    </message>
    <message>
        <source>Report of %1 letters, %2 items written to %3</source>
        <translation>Se guardó el informe de %1 cartas y %2 elementos en %3</translation>
    </message>
</context>
<context>
    <name>imr::gui::ReportRenderer</name>
    <message>
        <source>reviewed letters only</source>
        <translation>solo cartas revisadas</translation>
    </message>
    <message>
        <source>all letters</source>
        <translation>todas las cartas</translation>
    </message>
    <message>
        <source>decided %1 to %2</source>
        <translation>decididas desde %1 hasta %2</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>cualquier fecha</translation>
    </message>
    <message>
        <source>all categories</source>
        <translation>todas las categorías</translation>
    </message>
    <message>
        <source>IMR decisions report</source>
        <translation>Informe de decisiones de IMR</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtros: %1</translation>
    </message>
    <message>
        <source>Letters: %1 reviewed of %2 (%3 in the report), %4 decided items</source>
        <translation>Cartas: %1 revisadas de %2 (%3 en el informe), %4 elementos decididos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Ratificada</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Overturned %</source>
        <translation>% de revocación</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Filters: %1 · %2</source>
        <translation>Filtros: %1 · %2</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>IC 95%</translation>
    </message>
    <message numerus="yes">
        <source>Grey: fewer than %n items, too few for a reliable rate.</source>
        <translation>
            <numerusform>Gris: menos de %n elemento, muy pocos para una tasa fiable.</numerusform>
            <numerusform>Gris: menos de %n elementos, muy pocos para una tasa fiable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Parte %</translation>
    </message>
    <message>
        <source>Upheld %</source>
        <translation>Confirmadas %</translation>
    </message>
    <message numerus="yes">
        <source>Disputed services by category: share and uphold rate (%n items)</source>
        <translation>
            <numerusform>Servicios en disputa por categoría: parte y tasa de confirmación (%n elemento)</numerusform>
            <numerusform>Servicios en disputa por categoría: parte y tasa de confirmación (%n elementos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message numerus="yes">
        <source>Pharmaceuticals by drug group (%n items)</source>
        <translation>
            <numerusform>Fármacos por grupo (%n elemento)</numerusform>
            <numerusform>Fármacos por grupo (%n elementos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Drug group</source>
        <translation>Grupo de fármacos</translation>
    </message>
    <message>
        <source>Days to decision by priority</source>
        <translation>Días hasta la decisión por prioridad</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <source>Limit (days)</source>
        <translation>Límite (días)</translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation>Sobre el límite</translation>
    </message>
    <message numerus="yes">
        <source>Limits: Labor Code §4610.6(d), %1 days for a standard review and %2 for an expedited one, from receipt of the request and its records. %n letter(s) lacked these dates.</source>
        <translation>
            <numerusform>Límites: Labor Code §4610.6(d), %1 días para una revisión estándar y %2 para una urgente, desde la recepción de la solicitud y sus registros. %n carta no tenía estas fechas.</numerusform>
            <numerusform>Límites: Labor Code §4610.6(d), %1 días para una revisión estándar y %2 para una urgente, desde la recepción de la solicitud y sus registros. %n cartas no tenían estas fechas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters and items per month of decision</source>
        <translation>Cartas y elementos por mes de decisión</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Overturn rates compared: %1 against %2</source>
        <translation>Tasas de revocación comparadas: %1 frente a %2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Difference: percentage points, second minus first. Fisher&apos;s exact test where a 2×2 table has an expected count under 5, else the two-proportion z test; two-sided p. </source>
        <translation>Diferencia: puntos porcentuales, el segundo menos el primero. Prueba exacta de Fisher si una tabla 2×2 tiene un recuento esperado menor que 5; si no, la prueba z de dos proporciones; p bilateral. </translation>
    </message>
    <message numerus="yes">
        <source>Duplicates: %n file(s) of cases held by another file are counted once.</source>
        <translation>
            <numerusform>Duplicados: %n archivo de casos que tiene otro archivo se cuenta una vez.</numerusform>
            <numerusform>Duplicados: %n archivos de casos que tiene otro archivo se cuentan una vez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imr::gui::ReviewController</name>
    <message>
        <source>Confirm all fields</source>
        <translation>Confirmar todos los campos</translation>
    </message>
    <message>
        <source>Correct an item&apos;s category first.</source>
        <translation>Corrija primero la categoría de un elemento.</translation>
    </message>
    <message>
        <source>Open a letter first.</source>
        <translation>Abra primero una carta.</translation>
    </message>
    <message>
        <source>another analyst (the team store did not answer)</source>
        <translation>otro analista (el almacén de equipo no respondió)</translation>
    </message>
    <message>
        <source>%1 was changed by %2 since; your earlier change was not put back.</source>
        <translation>%2 cambió %1 después; no se ha restaurado su cambio anterior.</translation>
    </message>
    <message>
        <source>another analyst</source>
        <translation>otro analista</translation>
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
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Confirm All</source>
        <translation>Confirmar todo</translation>
    </message>
    <message>
        <source>Add Item</source>
        <translation>Añadir elemento</translation>
    </message>
    <message>
        <source>Remove Item</source>
        <translation>Quitar elemento</translation>
    </message>
    <message>
        <source>Confirm the current field and go to the next that needs attention (Enter)</source>
        <translation>Confirmar el campo actual e ir al siguiente que requiera atención (Enter)</translation>
    </message>
    <message>
        <source>Confirm every remaining field and open the next unreviewed letter (Ctrl+Enter)</source>
        <translation>Confirmar todos los campos restantes y abrir la siguiente carta sin revisar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Add a disputed item that extraction missed</source>
        <translation>Añadir un elemento en disputa que la extracción no detectó</translation>
    </message>
    <message>
        <source>Remove the current disputed item</source>
        <translation>Quitar el elemento en disputa actual</translation>
    </message>
    <message>
        <source>Enter: confirm · F2: edit · Esc: cancel edit · Tab / Shift+Tab: next / previous field</source>
        <translation>Enter: confirmar · F2: editar · Esc: cancelar edición · Tab / Shift+Tab: campo siguiente / anterior</translation>
    </message>
    <message>
        <source>Letter: %1</source>
        <translation>Carta: %1</translation>
    </message>
    <message>
        <source> · last change by %1 at %2</source>
        <translation> · último cambio de %1 el %2</translation>
    </message>
    <message>
        <source>In review by %1: read-only here until they move on.</source>
        <translation>En revisión por %1: aquí es de solo lectura hasta que pase a otra carta.</translation>
    </message>
</context>
<context>
    <name>imr::gui::TeamStoreDialog</name>
    <message>
        <source>Connect to Team Store</source>
        <translation>Conectar a un almacén de equipo</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder</source>
        <translation>db.example.org, o una carpeta de socket</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>su nombre de usuario</translation>
    </message>
    <message>
        <source>Prefer encryption (TLS)</source>
        <translation>Preferir cifrado (TLS)</translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation>Exigir cifrado</translation>
    </message>
    <message>
        <source>Require encryption and a verified server</source>
        <translation>Exigir cifrado y un servidor verificado</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Sin cifrado</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <source>The password is read from the PGPASSWORD variable or ~/.pgpass, never stored here. Letters stay on this computer; reviews, claims and the audit trail are the team&apos;s.</source>
        <translation>La contraseña se lee de la variable PGPASSWORD o de ~/.pgpass y nunca se guarda aquí. Las cartas se quedan en este equipo; las revisiones, las reservas y el registro de auditoría son del equipo de trabajo.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Use the &amp;Folder&apos;s Own Store</source>
        <translation>Usar el almacén propio de la &amp;carpeta</translation>
    </message>
    <message>
        <source>Require encryption and a trusted certificate</source>
        <translation>Exigir cifrado y un certificado de confianza</translation>
    </message>
    <message>
        <source>As the system sets it (PGSSLMODE)</source>
        <translation>Según lo configure el sistema (PGSSLMODE)</translation>
    </message>
    <message>
        <source>Encryption only if the server asks</source>
        <translation>Cifrado solo si el servidor lo pide</translation>
    </message>
</context>
<context>
    <name>imr::pdf::PdfLetterFormat</name>
    <message>
        <source>The file is named .pdf but is not a PDF.</source>
        <translation>El archivo tiene la extensión .pdf, pero no es un PDF.</translation>
    </message>
    <message>
        <source>The PDF has no text layer (a scanned image?). Run it through OCR (e.g. ocrmypdf) and open the result.</source>
        <translation>El PDF no tiene capa de texto (¿es una imagen escaneada?). Páselo por OCR (p. ej., con ocrmypdf) y abra el resultado.</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>El PDF no tiene páginas.</translation>
    </message>
    <message>
        <source>The PDF is encrypted (password protected); open it with its password and save an unprotected copy.</source>
        <translation>El PDF está cifrado (protegido con contraseña); ábralo con su contraseña y guarde una copia sin protección.</translation>
    </message>
    <message>
        <source>The PDF is damaged or truncated and cannot be read.</source>
        <translation>El PDF está dañado o truncado y no se puede leer.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>The PDF cannot be read.</source>
        <translation>No se puede leer el PDF.</translation>
    </message>
    <message>
        <source>The PDF reader was sent an unreadable request.</source>
        <translation>El lector de PDF recibió una solicitud ilegible.</translation>
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
        <source>imr-workbench: cannot write %1</source>
        <translation>imr-workbench: no se puede escribir %1</translation>
    </message>
    <message>
        <source>Write the charts report of FOLDER to FILE.pdf without a window and exit.</source>
        <translation>Escribir el informe de gráficos de FOLDER en FILE.pdf sin abrir ninguna ventana y salir.</translation>
    </message>
    <message>
        <source>imr-workbench: --report needs a FOLDER.</source>
        <translation>imr-workbench: --report necesita un argumento FOLDER.</translation>
    </message>
    <message>
        <source>Write every field of FOLDER with its provenance to FILE as JSON Lines without a window and exit.</source>
        <translation>Escribir todos los campos de FOLDER con su procedencia en FILE como JSON Lines sin abrir ninguna ventana y salir.</translation>
    </message>
    <message>
        <source>Try the treatment-category rules of FILE before the built-in ones (default: the file set in Preferences).</source>
        <translation>Aplicar las reglas de categorías de tratamiento de FILE antes de las integradas (valor predeterminado: el archivo configurado en Preferencias).</translation>
    </message>
    <message>
        <source>imr-workbench: %1 needs a FOLDER.</source>
        <translation>imr-workbench: %1 necesita un argumento FOLDER.</translation>
    </message>
    <message>
        <source>Taxonomy File</source>
        <translation>Archivo de taxonomía</translation>
    </message>
    <message>
        <source>Review in the team store at URL (postgresql://user@host:port/database) instead of the folder&apos;s own. The password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Revisar en el almacén de equipo de URL (postgresql://usuario@servidor:puerto/base_de_datos) en lugar del de la carpeta. La contraseña se toma de PGPASSWORD o de ~/.pgpass.</translation>
    </message>
    <message>
        <source>Create or upgrade the team store at URL and exit (run by its owner).</source>
        <translation>Crear o actualizar el almacén de equipo de URL y salir (lo ejecuta su propietario).</translation>
    </message>
    <message>
        <source>The team store %1 is ready (schema %2). Grant analysts the role imr_reviewer, and leads imr_lead.</source>
        <translation>El almacén de equipo %1 está listo (esquema %2). Conceda a los analistas el rol imr_reviewer y a los responsables, imr_lead.</translation>
    </message>
    <message>
        <source>Write the summary tables of FOLDER (rates with n and 95% intervals, the standard DWC/CWCI tables) to FILE as CSV without a window and exit.</source>
        <translation>Escribir las tablas de resumen de CARPETA (tasas con n e intervalos del 95%, las tablas habituales de DWC/CWCI) en ARCHIVO como CSV sin ventana y salir.</translation>
    </message>
    <message>
        <source>With --export-csv: de-identify the export (HIPAA Safe Harbor): pseudonymous case numbers, years only, ages over 89 as 90+, free text scrubbed.</source>
        <translation>Con --export-csv: desidentificar la exportación (HIPAA Safe Harbor): números de caso con seudónimo, solo años, edades de más de 89 como 90+, texto libre depurado.</translation>
    </message>
    <message>
        <source>With --export-summary: flag groups of fewer than N items as small (default %1).</source>
        <translation>Con --export-summary: marcar como pequeños los grupos de menos de N elementos (por omisión %1).</translation>
    </message>
    <message>
        <source>With --report or --export-summary: set FOLDER&apos;s overturn rates beside these, category by category, with a test of each difference.</source>
        <translation>Con --report o --export-summary: poner las tasas de revocación de CARPETA junto a estas, categoría por categoría, con una prueba de cada diferencia.</translation>
    </message>
    <message>
        <source>imr-workbench: --min-group-size needs a count of 1 or more, not %1.</source>
        <translation>imr-workbench: --min-group-size necesita un número de 1 o más, no %1.</translation>
    </message>
    <message>
        <source>imr-workbench: --deidentify applies to --export-csv only (the JSON export quotes the letters).</source>
        <translation>imr-workbench: --deidentify solo se aplica a --export-csv (la exportación JSON cita las cartas).</translation>
    </message>
    <message>
        <source>With --report or --export-summary: set the overturn rates of items citing guideline source A (and not B) beside those citing B (and not A), for example ODG,MTUS.</source>
        <translation>Con --report o --export-summary: pone las tasas de revocación de los elementos que citan la fuente de guía A (y no B) junto a las de los que citan B (y no A), por ejemplo ODG,MTUS.</translation>
    </message>
    <message>
        <source>imr-workbench: --compare-sources needs two different guideline sources, as in ODG,MTUS, and no --compare-with; not %1.</source>
        <translation>imr-workbench: --compare-sources necesita dos fuentes de guía distintas, como ODG,MTUS, y ningún --compare-with; no %1.</translation>
    </message>
</context>
</TS>
