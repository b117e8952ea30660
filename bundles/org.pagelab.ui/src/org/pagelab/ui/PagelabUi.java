package org.pagelab.ui;

/** Identifiers of the workbench parts other Pagelab UI bundles may refer to. */
public final class PagelabUi {
    public static final String PLUGIN_ID = "org.pagelab.ui";
    /** The MM perspective: state views around the editor area. */
    public static final String PERSPECTIVE_MM = "org.pagelab.ui.perspectives.mm";
    /** Pages view: a table of the struct pages of the shown state. */
    public static final String VIEW_PAGES = "org.pagelab.ui.views.pages";
    /** Address space view: mm -> VMAs -> PMDs/PTEs, and files -> page cache. */
    public static final String VIEW_ADDRESS_SPACE = "org.pagelab.ui.views.addressSpace";
    /** The platform Properties view. */
    public static final String VIEW_PROPERTIES = "org.eclipse.ui.views.PropertySheet";
    /** Editor of saved MM states (*.mmstate). */
    public static final String EDITOR_MM_STATE = "org.pagelab.ui.editors.mmstate";

    private PagelabUi() {
    }
}
