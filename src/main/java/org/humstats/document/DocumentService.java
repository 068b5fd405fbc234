package org.humstats.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.humstats.common.Filter;
import org.humstats.common.Ids;
import org.humstats.common.Keyset;
import org.humstats.common.Page;
import org.humstats.common.PageRequest;
import org.humstats.common.Problem;
import org.humstats.common.ProblemException;
import org.humstats.source.Source;

@ApplicationScoped
@Transactional
public class DocumentService {

    private static final Keyset.Order<Document> BY_ID =
            Keyset.Order.byId("d.id", d -> d.id.toString(), UUID::fromString);

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DocumentView> list(String publisher, String q, PageRequest page) {
        Filter f = new Filter()
                .and("d.publisher = :publisher", "publisher", publisher)
                .and("lower(d.title) like :q", "q", q == null || q.isBlank() ? null : "%" + q.trim().toLowerCase() + "%");
        return Keyset.page(em, Document.class, "d", f, BY_ID, page, DocumentView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DocumentView> find(UUID id) {
        return Optional.ofNullable(Document.<Document>findById(id)).map(DocumentView::of);
    }

    /**
     * Creates the document, or returns the existing one when the same id is sent again with the same
     * content (so an embedded document in a re-sent figure is not an error).
     */
    public Document createOrReuse(DocumentInput in, String fieldPrefix) {
        checkPublisher(in, fieldPrefix);
        if (in.id() != null) {
            Document existing = Document.findById(in.id());
            if (existing != null) {
                if (!Citation.of(in).sameDocumentAs(Citation.of(existing))) {
                    throw ProblemException.conflict("A different document with id '" + in.id()
                            + "' already exists; change it with PUT /api/v1/documents/" + in.id() + ".");
                }
                return existing;
            }
        }
        Document d = new Document();
        d.id = in.id() == null ? Ids.newId() : in.id();
        d.createdAt = Instant.now();
        apply(d, in);
        d.persist();
        return d;
    }

    public DocumentView create(DocumentInput in) {
        if (in.id() != null && Document.findById(in.id()) != null) {
            throw ProblemException.conflict("A document with id '" + in.id() + "' already exists; use PUT to change it.");
        }
        return DocumentView.of(createOrReuse(in, ""));
    }

    public DocumentView update(UUID id, DocumentInput in) {
        if (in.id() != null && !in.id().equals(id)) {
            throw ProblemException.validation(List.of(new Problem.FieldError("id", "differs from the id in the path")));
        }
        Document d = Document.findById(id);
        if (d == null) {
            throw ProblemException.notFound("document", id.toString());
        }
        checkPublisher(in, "");
        apply(d, in);
        em.flush();
        return DocumentView.of(d);
    }

    private static void checkPublisher(DocumentInput in, String fieldPrefix) {
        if (in.publisher() != null && Source.findById(in.publisher()) == null) {
            throw ProblemException.validation(List.of(new Problem.FieldError(fieldPrefix + "publisher",
                    "unknown source '" + in.publisher() + "'; create it first with POST /api/v1/sources")));
        }
    }

    private static void apply(Document d, DocumentInput in) {
        d.title = in.title().trim();
        d.publisher = in.publisher();
        d.url = in.url();
        d.publishedOn = in.publishedOn();
        d.retrievedAt = in.retrievedAt();
        d.language = in.language();
        d.updatedAt = Instant.now();
    }
}
