package dev.speclint.core.engine;

import dev.speclint.core.document.SpecDocument;
import dev.speclint.core.template.SectionMatch;
import dev.speclint.core.template.TemplateSchema;

/**
 * Work the rules checking one document share: computed on first use, then handed to every rule that
 * asks. One instance per document and schema; safe to use from several threads.
 */
final class DocumentMemo {

    private final TemplateSchema schema;
    private final SpecDocument document;
    private volatile SectionMatch sectionMatch;

    DocumentMemo(TemplateSchema schema, SpecDocument document) {
        this.schema = schema;
        this.document = document;
    }

    /** {@link SectionMatch#of} for this memo's schema and document, else a fresh one for another document. */
    SectionMatch sectionMatch(TemplateSchema forSchema, SpecDocument forDocument) {
        if (forSchema != schema || forDocument != document) {
            return SectionMatch.of(forSchema, forDocument);
        }
        SectionMatch m = sectionMatch;
        if (m == null) {
            synchronized (this) {
                m = sectionMatch;
                if (m == null) {
                    m = SectionMatch.of(schema, document);
                    sectionMatch = m;
                }
            }
        }
        return m;
    }
}
