#include "export/deidentifier.h"

#include "extraction/fieldschema.h"

#include <QDate>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace imr {
namespace {

using Re = QRegularExpression;

QString fullYear(const QString &year)
{
    if (year.size() == 4)
        return year;
    // Two-digit years: letters are from this century, injuries from the last
    // one at the earliest.
    const int yy = year.toInt();
    return QString::number(yy <= QDate::currentDate().year() % 100 ? 2000 + yy : 1900 + yy);
}

// Replaces every match with what make() returns for it.
QString replaceAll(const QString &text, const Re &re, const std::function<QString(const QRegularExpressionMatch &)> &make)
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += make(m);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

const QString kMonth = u"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                       "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?"_s;
const QString kName = u"[A-Z][a-zA-Z'\u2019-]+"_s;

// Capitalised words the letters use that are not names: guideline titles,
// the letters' own headings, body regions and treatment words. A run of
// capitalised words outside this list may be a name the patterns missed;
// its paragraph is then withheld rather than trusted.
const QSet<QString> &knownWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> w;
        const char *const list[] = {
            "Official", "Disability", "Guidelines", "Guideline", "Medical", "Treatment", "Utilization", "Schedule",
            "Chronic", "Pain", "American", "College", "Occupational", "Environmental", "Medicine", "Practice",
            "Claims", "Administrator", "Decision", "Rationale", "Expert", "Reviewer", "Independent", "Review",
            "Final", "Determination", "Federal", "Services", "Service", "Division", "Workers", "Compensation",
            "Section", "Sections", "Complaints", "Shoulder", "Neck", "Upper", "Lower", "Low", "Back", "Knee", "Leg",
            "Elbow", "Forearm", "Wrist", "Hand", "Hip", "Groin", "Ankle", "Foot", "Head", "Eye", "Spine", "Lumbar",
            "Cervical", "Thoracic", "Stress", "Mental", "Illness", "Pulmonary", "Physical", "Therapy", "Therapies",
            "Occupational", "Acupuncture", "Chiropractic", "Manipulation", "Massage", "Functional", "Restoration",
            "Program", "Programs", "Opioids", "Opioid", "Drug", "Formulary", "Prescription", "Compounded",
            "Topical", "Analgesics", "Muscle", "Relaxants", "Anti", "Inflammatory", "Medications", "Medication",
            "Injection", "Injections", "Epidural", "Steroid", "Facet", "Joint", "Radiofrequency", "Ablation",
            "Magnetic", "Resonance", "Imaging", "Computed", "Tomography", "Durable", "Equipment", "Home", "Health",
            "Evaluation", "Management", "Diagnostic", "Testing", "Surgery", "Surgical", "Consult", "Transportation",
            "Psych", "Psychological", "Cognitive", "Behavioral", "Psychotherapy", "Pharmaceuticals", "Rehabilitation",
            "Other", "Table", "Chapter", "Page", "Pages", "Effective", "Online", "Edition", "Version", "Updated",
            "Criteria", "Recommendations", "Recommendation", "Introduction", "General", "Approaches", "Part",
            "Clinical", "Case", "Summary", "Issues", "Decisions", "Rationales", "Upheld", "Overturned", "State",
            "States", "Licensure", "Certification", "Specialty", "Internal", "Family", "Orthopaedic", "Orthopedic",
            "Anesthesiology", "Neurology", "Psychiatry", "Psychology", "Rheumatology", "Surgeon", "Board",
            "Certified", "Emergency", "Preventive", "Sports", "Neuromuscular", "Interventional", "Spinal", "Cord",
            "Injury", "Transcutaneous", "Electrical", "Nerve", "Stimulation", "Stimulator", "Unit", "Units",
            "Ultrasound", "Extracorporeal", "Shockwave", "Work", "Hardening", "Conditioning", "Multidisciplinary",
            "Interdisciplinary", "Restoration", "Weight", "Loss", "Gym", "Membership", "Pool", "Aquatic", "Exercise",
            "Sleep", "Aids", "Proton", "Pump", "Inhibitors", "Benzodiazepines", "Antidepressants", "Antiepilepsy",
            "Drugs", "Urine", "Toxicology", "Screen", "Screening", "Laboratory", "Tests", "Test", "Nuclear", "Bone",
            "Scan", "Electromyography", "Conduction", "Velocity", "Studies", "Study", "Special", "Red", "Flags",
            "Initial", "Care", "Assessment", "Follow", "Visit", "Visits", "Office", "Appendix", "Figure",
            "Low", "Knee", "Hawkins", "Neer", "Spurling", "Phalen", "Tinel", "Valsalva", "Patrick", "Faber",
            "Mini", "Mental", "Status", "Exam", "Examination", "Beck", "Depression", "Anxiety", "Inventory",
            "Activities", "Daily", "Living", "Global", "Visual", "Analog", "Scale", "Oswestry", "Index", "Not",
            "Applicable", "Yes", "No", "None", "Standard", "Expedited", "Date", "Assigned", "Received", "Application",
            "Denial", "Number", "Priority", "Maximus", "Employee", "Employer", "Provider", "Providers", "California",
            "Labor", "Code", "Regulations", "Title", "Evidence", "Based", "Hierarchy", "Strength", "Level", "Levels",
            "Therefore", "However", "Per", "Regarding", "According", "In", "On", "The", "This", "That", "These",
            "There", "It", "He", "She", "They", "A", "An", "As", "At", "For", "With", "Without", "And", "Or", "Of",
            "To", "By", "From", "If", "When", "While", "Since", "After", "Before", "During", "Given", "Based",
            "Non-MTUS", "Citation", "Non", "Acute", "Subacute", "Postoperative", "Post", "Operative", "Guide",
            "Evaluation", "Impairment", "Ratings", "Rating", "Permanent", "AMA", "Use", "Criteria", "Weaning",
            "Long-term", "Short-term", "Users", "Dosing", "Therapeutic", "Trial", "Assistant", "Surgeon",
            "Monitoring", "Monitor", "Postsurgical", "Post-surgical", "Post-operative", "Post-op", "Disorders",
            "Disorder", "Misuse", "Abuse", "Tapering", "Manual", "Adverse", "Events", "Trigger", "Point", "Points",
            "Alcohol", "Methods", "Carpal", "Tunnel", "Syndrome", "Capacity", "NonMTUS", "Impedance", "Procedure",
            "Procedures", "First", "Second", "Third", "Fourth", "Pelvis", "Threshold", "Agency", "Shock", "Wave",
            "Additional", "Psychosocial", "Alternative", "Treatments", "Institute", "Partial", "Hospitalization",
            "Considerations", "Factors", "Lumbosacral", "Green's", "Operative", "Electrodiagnostic", "Medicare",
            "Subjective", "Objective", "Findings", "Function", "Fracture", "Fractures", "Hernia", "Laser",
            "Conditions", "Stress-Related", "Prevention", "Approach", "Improvement", "Indications", "Effectiveness",
            "Data", "Patients", "Patient", "Web", "Annual", "Radial", "Radius", "Knee", "Hip", "Osteoarthritis",
        };
        for (const char *word : list)
            w.insert(QString::fromLatin1(word));
        return w;
    }();
    return words;
}

// Whether a scrubbed paragraph still holds a run of two capitalised words,
// not starting a sentence, that the letters' vocabulary does not explain.
// commonWords: words the letter itself writes in lower case ("monitoring"),
// which a capital does not make a name.
bool mayHoldName(const QString &text, const QSet<QString> &commonWords)
{
    static const Re word(u"[A-Za-z][A-Za-z'\u2019-]*|[.!?:;]"_s);
    auto it = word.globalMatch(text);
    bool sentenceStart = true;
    int run = 0;
    bool unknownInRun = false;
    qsizetype lastEnd = 0;
    while (it.hasNext()) {
        const auto m = it.next();
        const QString token = m.captured();
        const QStringView gap = QStringView(text).mid(lastEnd, m.capturedStart() - lastEnd);
        lastEnd = m.capturedEnd();
        if (token.size() == 1 && QStringLiteral(".!?:;").contains(token[0])) {
            sentenceStart = true;
            run = 0;
            unknownInRun = false;
            continue;
        }
        const bool capitalised = token[0].isUpper() && token.size() > 1 && token[1].isLower();
        // A run is broken by anything but a single space.
        if (gap != u" "_s) {
            run = 0;
            unknownInRun = false;
        }
        if (capitalised && !sentenceStart) {
            ++run;
            unknownInRun = unknownInRun || (!knownWords().contains(token) && !commonWords.contains(token.toLower()));
            if (run >= 2 && unknownInRun)
                return true;
        } else {
            run = 0;
            unknownInRun = false;
        }
        sentenceStart = false;
    }
    return false;
}

} // namespace

Deidentifier::Deidentifier()
{
    m_secret.resize(32);
    QRandomGenerator::system()->generate(m_secret.begin(), m_secret.end());
}

Deidentifier::Deidentifier(QByteArray secret)
    : m_secret(std::move(secret))
{
}

QString Deidentifier::withheld()
{
    return tr("[withheld: could not be de-identified]");
}

QString Deidentifier::pseudonym(const QString &kind, const QString &value) const
{
    if (value.trimmed().isEmpty())
        return {};
    const QByteArray mac = QMessageAuthenticationCode::hash((kind + u'\n' + value.trimmed().toUpper()).toUtf8(),
                                                            m_secret, QCryptographicHash::Sha256);
    return kind + u'-' + QString::fromLatin1(mac.toHex().left(12));
}

QString Deidentifier::yearOnly(const QString &date)
{
    static const Re year(u"\\b(\\d{4})\\b"_s);
    if (date.isEmpty())
        return {};
    const QDate d = QDate::fromString(date.left(10), Qt::ISODate);
    if (d.isValid())
        return QString::number(d.year());
    const auto m = year.match(date);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString Deidentifier::age(const QString &age)
{
    // "92", "92 years", "92.5": the years are the leading number.
    static const Re years(u"^\\s*(\\d+)"_s);
    const auto m = years.match(age);
    if (m.hasMatch() && m.captured(1).toLongLong() > 89)
        return u"90+"_s;
    return age;
}

QSet<QString> Deidentifier::lowerCaseWords(const QString &text)
{
    static const Re word(u"\\b[a-z][a-z'\u2019-]+\\b"_s);
    // Not from addresses: "john.smith@…" must not make "John Smith" a
    // common phrase.
    static const Re address(u"\\S+@\\S+|\\b(?:https?://|www\\.)\\S+"_s, Re::CaseInsensitiveOption);
    QString plain = text;
    plain.replace(address, u" "_s);
    QSet<QString> words;
    auto it = word.globalMatch(plain);
    while (it.hasNext())
        words.insert(it.next().captured());
    return words;
}

QString Deidentifier::scrub(const QString &input, bool *dropped, const QSet<QString> &commonWords) const
{
    if (dropped)
        *dropped = false;
    if (input.isEmpty())
        return input;
    static const Re email(u"[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"_s);
    static const Re url(u"\\b(?:https?://|www\\.)\\S+"_s, Re::CaseInsensitiveOption);
    static const Re ip(u"\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b"_s);
    static const Re ssn(u"\\b\\d{3}-\\d{2}-\\d{4}\\b"_s);
    static const Re phone(u"(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)\\s?|\\b\\d{3}[\\s.-])\\d{3}[\\s.-]\\d{4}\\b"_s);
    static const Re isoDate(u"\\b(\\d{4})-\\d{1,2}-\\d{1,2}\\b"_s);
    static const Re numericDate(u"\\b\\d{1,2}[/.-]\\d{1,2}[/.-](\\d{4}|\\d{2})\\b"_s);
    static const Re monthDayYear(u"\\b%1\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"_s.arg(kMonth));
    static const Re dayMonthYear(u"\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?%1,?\\s+(\\d{4})\\b"_s.arg(kMonth));
    static const Re monthYear(u"\\b%1,?\\s+(\\d{4})\\b"_s.arg(kMonth));
    static const Re monthDay(u"\\b%1\\s+\\d{1,2}(?:st|nd|rd|th)?\\b"_s.arg(kMonth));
    // Day and month without a year only where the words say it is a date:
    // "6/10" alone is as likely a pain score.
    static const Re shortDate(u"\\b(on|dated|since|from|through|until|to|DOS|date of service|date)(\\s+)"
                              "\\d{1,2}/\\d{1,2}\\b"_s, Re::CaseInsensitiveOption);
    static const Re titled(u"\\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Doctor)\\.?\\s+(?:[A-Z]\\.\\s*)?%1(?:\\s+(?:[A-Z]\\.\\s*)?%1){0,2}"_s.arg(kName));
    static const Re credentialed(u"\\b%1(?:\\s+(?:[A-Z]\\.\\s*)?%1){0,2},?\\s+(?:M\\.D\\.|MD|D\\.O\\.|DO|D\\.C\\.|DC|Ph\\.D\\.|PhD|"
                                 "PA-C|NP|RN|PT|DPT|LCSW|Psy\\.D\\.|PsyD|DPM|OTR|LMFT|FNP)(?![A-Za-z])"_s.arg(kName));
    // The words before a name in any case ("Patient Garcia" starts a
    // sentence); the name itself capitalised.
    static const Re related(u"\\b((?i:patient|claimant|employee|worker|applicant|husband|wife|spouse|son|daughter|mother|"
                            "father|sister|brother|friend|co-?worker|supervisor|named|name is|dear))(,?\\s+)"
                            "%1(?:\\s+(?:[A-Z]\\.\\s*)?%1){0,2}"_s.arg(kName));
    static const Re street(u"\\b\\d{1,6}\\s+(?:[A-Z][a-z]+\\.?\\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|"
                           "Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|Circle|Cir)\\b\\.?"
                           "(?:,?\\s+(?:Suite|Ste|Apt|Unit|#)\\.?\\s*[\\w-]+)?"_s);
    static const Re poBox(u"\\bP\\.?\\s?O\\.?\\s+Box\\s+\\d+"_s, Re::CaseInsensitiveOption);
    // A place with its state. Two-letter codes that are also medical
    // abbreviations (CT, MD, DC, PA, OR, MS…) are left to the name check.
    static const Re cityState(u"\\b(?:[A-Z][a-z]+\\s){0,2}[A-Z][a-z]+,\\s*(CA|Calif\\.|California|Nevada|NV|Arizona|AZ|"
                              "Oregon|Washington|WA|Texas|TX|New York|NY|Florida|FL|Utah|UT|Idaho|New Mexico|NM)\\b"_s);
    static const Re county(u"\\b(?:[A-Z][a-z]+\\s){1,2}County\\b"_s);
    static const Re longNumber(u"\\b[A-Za-z0-9][A-Za-z0-9-]*\\b"_s);

    QString t = input;
    const auto token = [](const QString &what) { return [what](const QRegularExpressionMatch &) { return what; }; };
    const auto keepYear = [](const QRegularExpressionMatch &m) { return fullYear(m.captured(1)); };
    t = replaceAll(t, email, token(u"[email]"_s));
    t = replaceAll(t, url, token(u"[url]"_s));
    t = replaceAll(t, ip, token(u"[id]"_s));
    t = replaceAll(t, ssn, token(u"[id]"_s));
    t = replaceAll(t, phone, token(u"[phone]"_s));
    t = replaceAll(t, isoDate, keepYear);
    t = replaceAll(t, numericDate, keepYear);
    t = replaceAll(t, monthDayYear, keepYear);
    t = replaceAll(t, dayMonthYear, keepYear);
    t = replaceAll(t, monthYear, keepYear);
    t = replaceAll(t, monthDay, token(u"[date]"_s));
    t = replaceAll(t, shortDate, [](const QRegularExpressionMatch &m) { return m.captured(1) + m.captured(2) + u"[date]"_s; });
    t = replaceAll(t, street, token(u"[address]"_s));
    t = replaceAll(t, poBox, token(u"[address]"_s));
    t = replaceAll(t, titled, token(u"[name]"_s));
    t = replaceAll(t, credentialed, token(u"[name]"_s));
    t = replaceAll(t, related, [](const QRegularExpressionMatch &m) { return m.captured(1) + m.captured(2) + u"[name]"_s; });
    t = replaceAll(t, cityState, [](const QRegularExpressionMatch &m) { return u"[place], "_s + m.captured(1); });
    t = replaceAll(t, county, token(u"[place]"_s));
    // Record, claim, policy and postal numbers: any word with five digits or
    // more (years have four; dosages rarely more).
    t = replaceAll(t, longNumber, [](const QRegularExpressionMatch &m) {
        const QString w = m.captured();
        const auto digits = std::count_if(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); });
        return digits >= 5 ? u"[id]"_s : w;
    });
    if (mayHoldName(t, commonWords)) {
        if (dropped)
            *dropped = true;
        m_dropped.fetchAndAddRelaxed(1);
        return withheld();
    }
    return t;
}

QString Deidentifier::filePseudonym(const QString &relativePath) const
{
    // A pseudonym of its own kind, keeping only the extension.
    const qsizetype dot = relativePath.lastIndexOf(u'.');
    const QString extension = dot > relativePath.lastIndexOf(u'/') && dot >= 0 ? relativePath.mid(dot) : QString();
    return pseudonym(u"F"_s, relativePath) + extension.toLower();
}

Letter Deidentifier::apply(const Letter &letter) const
{
    Letter out;
    out.relativePath = filePseudonym(letter.relativePath);
    out.contentHash = letter.contentHash;
    // Messages can quote the file's path; they are reduced to their kind.
    out.error = letter.error.isEmpty() ? QString() : tr("The file could not be read as a letter.");
    out.reviewedBy = pseudonym(u"R"_s, letter.reviewedBy);
    out.reviewedAt = yearOnly(letter.reviewedAt);
    out.record = letter.record;
    const QSet<QString> common = lowerCaseWords(letter.text);
    const auto reduce = [&](FieldId id, FieldValue &v) {
        v.spans = {};
        v.note.clear();
        if (v.value.isEmpty())
            return;
        if (id == FieldId::CaseNumber)
            v.value = pseudonym(u"C"_s, v.value);
        else if (FieldSchema::kind(id) == FieldKind::Date)
            v.value = yearOnly(v.value);
        else if (id == FieldId::PatientAge)
            v.value = age(v.value);
        else if (id == FieldId::Diagnoses) {
            QStringList values = v.values();
            for (QString &value : values)
                value = scrub(value, nullptr, common);
            v.value = FieldValue::join(values);
        } else if (id == FieldId::ItemRequest || isCustomField(id) || FieldSchema::kind(id) == FieldKind::LongText)
            v.value = scrub(v.value, nullptr, common);
        // Choices (decision, sex, sources), licensure states and the
        // reviewer's specialties name no patient.
    };
    for (auto it = out.record.fields.begin(); it != out.record.fields.end(); ++it)
        reduce(it.key(), it.value());
    for (DisputedItem &item : out.record.items) {
        item.span = {};
        for (auto it = item.fields.begin(); it != item.fields.end(); ++it)
            reduce(it.key(), it.value());
    }
    return out;
}

} // namespace imr
