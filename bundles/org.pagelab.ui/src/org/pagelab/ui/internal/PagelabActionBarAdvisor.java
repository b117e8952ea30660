package org.pagelab.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The main menu with the standard groups editors contribute to (text
 * editors insert after "find.ext" and friends) and the standard retargetable
 * actions (undo, copy, find, save ...) that editors and views hook into.
 * Pagelab commands are added by plugin.xml menu contributions into these
 * menus ("menu:file?after=open.ext", "menu:pagelab?after=additions" ...).
 */
public class PagelabActionBarAdvisor extends ActionBarAdvisor {
    /** Id of the Analysis menu where the scenario, trace and findings tools put their commands. */
    public static final String M_ANALYSIS = "pagelab";
    /** Group in the File menu for Open-like commands. */
    public static final String OPEN_EXT = "open.ext";

    public PagelabActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        for (ActionFactory f : new ActionFactory[] { ActionFactory.CLOSE, ActionFactory.CLOSE_ALL, ActionFactory.SAVE,
                ActionFactory.SAVE_AS, ActionFactory.SAVE_ALL, ActionFactory.QUIT, ActionFactory.UNDO, ActionFactory.REDO,
                ActionFactory.CUT, ActionFactory.COPY, ActionFactory.PASTE, ActionFactory.DELETE, ActionFactory.SELECT_ALL,
                ActionFactory.FIND, ActionFactory.RESET_PERSPECTIVE, ActionFactory.PREFERENCES }) {
            register(f.create(window));
        }
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        IWorkbenchWindow w = getActionBarConfigurer().getWindowConfigurer().getWindow();
        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(new GroupMarker(OPEN_EXT));
        file.add(new Separator());
        file.add(getAction(ActionFactory.CLOSE.getId()));
        file.add(getAction(ActionFactory.CLOSE_ALL.getId()));
        file.add(new GroupMarker(IWorkbenchActionConstants.CLOSE_EXT));
        file.add(new Separator());
        file.add(getAction(ActionFactory.SAVE.getId()));
        file.add(getAction(ActionFactory.SAVE_AS.getId()));
        file.add(getAction(ActionFactory.SAVE_ALL.getId()));
        file.add(new GroupMarker(IWorkbenchActionConstants.SAVE_EXT));
        file.add(new Separator(IWorkbenchActionConstants.PRINT_EXT));
        file.add(new Separator(IWorkbenchActionConstants.IMPORT_EXT));
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(getAction(ActionFactory.QUIT.getId()));
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        edit.add(getAction(ActionFactory.UNDO.getId()));
        edit.add(getAction(ActionFactory.REDO.getId()));
        edit.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        edit.add(new Separator());
        edit.add(getAction(ActionFactory.CUT.getId()));
        edit.add(getAction(ActionFactory.COPY.getId()));
        edit.add(getAction(ActionFactory.PASTE.getId()));
        edit.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
        edit.add(new Separator());
        edit.add(getAction(ActionFactory.DELETE.getId()));
        edit.add(getAction(ActionFactory.SELECT_ALL.getId()));
        edit.add(new Separator());
        edit.add(getAction(ActionFactory.FIND.getId()));
        edit.add(new GroupMarker(IWorkbenchActionConstants.FIND_EXT));
        edit.add(new Separator());
        edit.add(new GroupMarker(IWorkbenchActionConstants.ADD_EXT));
        edit.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager analysis = new MenuManager("&Analysis", M_ANALYSIS);
        analysis.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View", "showView");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(w));
        window.add(showView);
        window.add(getAction(ActionFactory.RESET_PERSPECTIVE.getId()));
        window.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        window.add(new Separator());
        window.add(getAction(ActionFactory.PREFERENCES.getId()));

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

        menuBar.add(file);
        menuBar.add(edit);
        menuBar.add(analysis);
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(window);
        menuBar.add(help);
    }
}
