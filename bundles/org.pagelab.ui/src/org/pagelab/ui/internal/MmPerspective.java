package org.pagelab.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.pagelab.ui.PagelabUi;

/**
 * The MM perspective: Address space on the left, the editor area (states,
 * scenarios, traces) in the middle, Pages below it, Properties on the right.
 * Views of later bundles add themselves through perspectiveExtensions.
 */
public class MmPerspective implements IPerspectiveFactory {
    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.28f, editors);
        left.addView(PagelabUi.VIEW_ADDRESS_SPACE);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.55f, editors);
        bottom.addView(PagelabUi.VIEW_PAGES);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.70f, editors);
        right.addView(PagelabUi.VIEW_PROPERTIES);
        layout.addShowViewShortcut(PagelabUi.VIEW_PAGES);
        layout.addShowViewShortcut(PagelabUi.VIEW_ADDRESS_SPACE);
        layout.addShowViewShortcut(PagelabUi.VIEW_PROPERTIES);
    }
}
