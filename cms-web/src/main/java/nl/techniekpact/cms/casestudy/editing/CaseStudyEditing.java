package nl.techniekpact.cms.casestudy.editing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.ContentEditor;
import nl.techniekpact.cms.publishing.ContentNotFoundException;
import nl.techniekpact.cms.publishing.EditConflictException;
import nl.techniekpact.cms.publishing.EditRefusedException;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.InvalidContentException;
import nl.techniekpact.cms.publishing.TypeEditing;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.shared.Page;

/**
 * Editing cases: the one service the back office and the API both call. Every change names the
 * version the editor edited and answers with the new {@link ContentDocument}; the rules
 * (authorisation by region, validation, sanitizing, optimistic version, revision, audit,
 * ContentChanged after commit) are those of {@link ContentEditor}.
 *
 * <pre>{@code
 * @Inject CaseStudyEditing cases;
 * @Inject Editors editors;
 *
 * Editor me = editors.current().orElseThrow();
 * ContentDocument<CaseStudyInput> draft = cases.create(me, input);
 * ContentDocument<CaseStudyInput> edited = cases.update(me, draft.slug(), draft.version(), changedInput);
 * cases.publish(me, edited.slug(), edited.version(), null);
 * }</pre>
 *
 * <p>Every method may throw {@link EditRefusedException} (403: the editor may not edit this case,
 * or may not edit content at all), {@link ContentNotFoundException} (404), and the changes also
 * {@link InvalidContentException} (422, every refused field listed) and {@link
 * EditConflictException} (the version is not current; it carries the current {@link
 * ContentDocument}). Nothing is written when one is thrown.
 */
@ApplicationScoped
public class CaseStudyEditing
    extends TypeEditing<CaseStudy, CaseStudyInput, ContentDocument<CaseStudyInput>> {

  @Inject private CaseStudyType type;

  @Override
  protected CaseStudyType type() {
    return type;
  }

  @Override
  protected String namePath() {
    return "c.title.nl";
  }

  /**
   * A page of the cases the editor may edit, in any state, deleted ones included, newest first.
   *
   * @param titleContains a part of the Dutch title to filter on, or {@code null} for all
   */
  public List<ContentDocument<CaseStudyInput>> list(Editor who, String titleContains, Page page) {
    return listEditable(
        who, CaseStudy.class, "c.region.slug.value", titleContains, " order by c.id desc", page);
  }

  /** How many cases {@link #list} has in all. */
  public long count(Editor who, String titleContains) {
    return countEditable(who, CaseStudy.class, "c.region.slug.value", titleContains);
  }
}
