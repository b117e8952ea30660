package org.pagelab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pagelab.model.mm.Page;
import org.pagelab.model.mm.Pte;
import org.pagelab.ui.MmStateService;
import org.pagelab.ui.OpenFiles;
import org.pagelab.ui.PagelabUi;
import org.pagelab.ui.internal.AboutHandler;
import org.pagelab.ui.internal.MmStateEditor;
import org.pagelab.ui.internal.views.AddressSpaceView;
import org.pagelab.ui.internal.views.PagesView;

/** The workbench as a user meets it: window, perspective, the S1 state in the MM views. */
class WorkbenchTest {
    private UiTestSupport.LogRecorder log;

    @BeforeEach
    void recordLog() {
        log = new UiTestSupport.LogRecorder();
    }

    @AfterEach
    void noErrorsLogged() {
        UiTestSupport.page().closeAllEditors(false);
        UiTestSupport.drain();
        log.close();
        assertEquals(List.of(), log.errors(), "errors in the platform log");
    }

    @Test
    void windowIsTitledPagelabAndShowsTheMmPerspective() {
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertEquals("Pagelab", window.getShell().getText());
        assertEquals(PagelabUi.PERSPECTIVE_MM, window.getActivePage().getPerspective().getId());
        assertNotNull(window.getActivePage().findView(PagelabUi.VIEW_PAGES));
        assertNotNull(window.getActivePage().findView(PagelabUi.VIEW_ADDRESS_SPACE));
        assertNotNull(window.getActivePage().findView(PagelabUi.VIEW_PROPERTIES));
    }

    @Test
    void openingTheS1StateFillsPagesAndAddressSpace() throws Exception {
        IWorkbenchPage page = UiTestSupport.page();
        IEditorPart editor = OpenFiles.open(page, UiTestSupport.project().resolve("examples/states/s1-setup.mmstate"));
        assertInstanceOf(MmStateEditor.class, editor);
        UiTestSupport.waitUntil("the state is shown", () -> MmStateService.get().current() != null);

        PagesView pages = (PagesView) page.showView(PagelabUi.VIEW_PAGES);
        List<List<String>> rows = pages.rows();
        assertEquals(1, rows.size(), rows.toString());
        List<String> p = rows.get(0);
        assertEquals("P", p.get(0));
        assertEquals("0x1a2b3", p.get(1));
        assertEquals("1", p.get(3), "refcount");
        assertEquals("1", p.get(4), "mapcount");
        assertEquals("0", p.get(5), "pins");
        assertEquals("uptodate|lru|anon", p.get(6), "MADV_FREE cleared dirty and swapbacked");
        assertEquals("anon buf @0x7f0000000", p.get(7));
        assertEquals("1", p.get(8), "data the user wrote");

        AddressSpaceView as = (AddressSpaceView) page.showView(PagelabUi.VIEW_ADDRESS_SPACE);
        List<String> labels = as.visibleLabels();
        assertEquals("mm mm0 (pid 4242)", labels.get(0));
        assertTrue(labels.get(1).startsWith("  0x7f0000000000-0x7f0000001000 anonymous read|write"), labels.toString());
        assertEquals("    pmd 0x7f0000000000: table", labels.get(2));
        assertEquals("      0x7f0000000000  present pfn=0x1a2b3 (P) write exclusive", labels.get(3),
                "PTE bits decoded: writable, clean and old after MADV_FREE");
    }

    @Test
    void selectingAPteSelectsItsPageAndTheReverse() throws Exception {
        IWorkbenchPage page = UiTestSupport.page();
        OpenFiles.open(page, UiTestSupport.project().resolve("examples/states/s1-setup.mmstate"));
        PagesView pages = (PagesView) page.showView(PagelabUi.VIEW_PAGES);
        AddressSpaceView as = (AddressSpaceView) page.showView(PagelabUi.VIEW_ADDRESS_SPACE);
        Pte pte = MmStateService.get().current().state().getMms().get(0).getPmds().get(0).getPtes().get(0);
        Page p = pte.getPage();

        page.activate(as);
        as.viewer().setSelection(new StructuredSelection(pte), true);
        UiTestSupport.drain();
        assertEquals(List.of(p), pages.selectedPages(), "selecting the PTE selects its page");

        pages.viewer().setSelection(StructuredSelection.EMPTY);
        as.viewer().setSelection(StructuredSelection.EMPTY);
        page.activate(pages);
        pages.viewer().setSelection(new StructuredSelection(p), true);
        UiTestSupport.drain();
        IStructuredSelection sel = as.viewer().getStructuredSelection();
        assertEquals(List.of(pte), sel.toList(), "selecting the page selects the PTE mapping it");
    }

    @Test
    void propertiesDescribeTheSelectedPage() throws Exception {
        OpenFiles.open(UiTestSupport.page(), UiTestSupport.project().resolve("examples/states/s1-setup.mmstate"));
        Page p = MmStateService.get().current().state().getPages().get(0);
        IPropertySource ps = Adapters.adapt(p, IPropertySource.class);
        assertNotNull(ps);
        IPropertyDescriptor refcount = null;
        for (IPropertyDescriptor d : ps.getPropertyDescriptors()) {
            if (d.getDisplayName().equals("refcount")) {
                refcount = d;
            }
        }
        assertNotNull(refcount);
        assertEquals("1", ps.getPropertyValue(refcount.getId()));
        assertTrue(refcount.getDescription().contains("page_ref_count"), refcount.getDescription());
    }

    @Test
    void pagesFilterUnderstandsComparisonsAndFlags() throws Exception {
        IWorkbenchPage page = UiTestSupport.page();
        OpenFiles.open(page, UiTestSupport.project().resolve("examples/states/s1-setup.mmstate"));
        PagesView pages = (PagesView) page.showView(PagelabUi.VIEW_PAGES);
        pages.setFilter("refcount>1");
        assertEquals(0, pages.rows().size());
        pages.setFilter("flags~lru refcount=1");
        assertEquals(1, pages.rows().size());
        pages.setFilter("-anon");
        assertEquals(0, pages.rows().size());
        pages.setFilter("");
        assertEquals(1, pages.rows().size());
    }

    @Test
    void aMalformedStateShowsItsErrorInsteadOfFailing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.mmstate");
        Files.writeString(bad, "<?xml version=\"1.0\"?>\n<mm:MMState xmlns:mm=\"http://www.pagelab.org/mm/1.0\">\n  <pages refcnt=\"2\"/>\n</mm:MMState>\n");
        IEditorPart editor = OpenFiles.open(UiTestSupport.page(), bad);
        assertInstanceOf(MmStateEditor.class, editor);
        assertEquals(null, ((MmStateEditor) editor).state());
    }

    @Test
    void aboutNamesTheVersion() {
        assertTrue(AboutHandler.aboutText().startsWith("Pagelab 0.1.0"), AboutHandler.aboutText());
    }
}
