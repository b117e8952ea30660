package org.pagelab.engine.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.pagelab.model.scenario.Element;
import org.pagelab.model.scenario.Statement;

/**
 * Brings a model in line with a freshly read one while keeping the identity
 * of the objects that did not change: the scenario editor reads the text
 * again after every change to it, and merging (instead of replacing the
 * model) keeps the Lanes page's selection, the Outline and the Properties
 * view on the same objects. Lists are matched by a longest common
 * subsequence of the parts' source texts; unmatched parts of the same class
 * that face each other are updated in place, the rest added or removed.
 * Only attributes that differ are set, so listeners hear only real changes.
 */
public final class ScenarioMerge {
    private ScenarioMerge() {
    }

    /** Makes {@code target} equal to {@code source} (same EClass); {@code source} is left unusable. */
    public static void merge(EObject target, EObject source) {
        for (EAttribute a : target.eClass().getEAllAttributes()) {
            if (a.isDerived() || a.isTransient() || !a.isChangeable()) {
                continue;
            }
            Object tv = target.eGet(a);
            Object sv = source.eGet(a);
            if (a.isMany()) {
                @SuppressWarnings("unchecked")
                EList<Object> tl = (EList<Object>) tv;
                @SuppressWarnings("unchecked")
                List<Object> sl = (List<Object>) sv;
                if (!tl.equals(sl)) {
                    ECollections.setEList(tl, new ArrayList<>(sl));
                }
            } else if (!Objects.equals(tv, sv)) {
                target.eSet(a, sv);
            }
        }
        for (EReference r : target.eClass().getEAllContainments()) {
            if (r.isMany()) {
                @SuppressWarnings("unchecked")
                EList<EObject> tl = (EList<EObject>) target.eGet(r);
                @SuppressWarnings("unchecked")
                EList<EObject> sl = (EList<EObject>) source.eGet(r);
                mergeList(tl, new ArrayList<>(sl));
            } else {
                EObject tv = (EObject) target.eGet(r);
                EObject sv = (EObject) source.eGet(r);
                if (sv == null) {
                    target.eSet(r, null);
                } else if (tv != null && tv.eClass() == sv.eClass()) {
                    merge(tv, sv);
                } else {
                    target.eSet(r, sv);
                }
            }
        }
    }

    private static void mergeList(EList<EObject> tl, List<EObject> sl) {
        int n = tl.size();
        int m = sl.size();
        String[] tk = new String[n];
        String[] sk = new String[m];
        for (int i = 0; i < n; i++) {
            tk[i] = key(tl.get(i));
        }
        for (int j = 0; j < m; j++) {
            sk[j] = key(sl.get(j));
        }
        // LCS table over keys
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = tk[i].equals(sk[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        // Walk it: pairs of (target, source) that match or face each other in a gap.
        List<EObject> result = new ArrayList<>(m);
        List<EObject[]> updates = new ArrayList<>();
        int i = 0;
        int j = 0;
        List<EObject> gapT = new ArrayList<>();
        List<EObject> gapS = new ArrayList<>();
        while (i < n || j < m) {
            if (i < n && j < m && tk[i].equals(sk[j])) {
                flushGap(gapT, gapS, result, updates);
                result.add(tl.get(i));
                updates.add(new EObject[] { tl.get(i), sl.get(j) });
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                gapS.add(sl.get(j++));
            } else {
                gapT.add(tl.get(i++));
            }
        }
        flushGap(gapT, gapS, result, updates);
        // Keep the target objects that stay, in the new order, then update them.
        ECollections.setEList(tl, result);
        for (EObject[] u : updates) {
            merge(u[0], u[1]);
        }
    }

    private static void flushGap(List<EObject> gapT, List<EObject> gapS, List<EObject> result, List<EObject[]> updates) {
        int k = 0;
        for (EObject s : gapS) {
            EObject t = k < gapT.size() ? gapT.get(k) : null;
            if (t != null && t.eClass() == s.eClass()) {
                result.add(t);
                updates.add(new EObject[] { t, s });
                k++;
            } else {
                result.add(EcoreUtil.copy(s));
            }
        }
        gapT.clear();
        gapS.clear();
    }

    private static String key(EObject o) {
        if (o instanceof Statement st) {
            return "S|" + st.getText();
        }
        if (o instanceof Element e) {
            return o.eClass().getName() + "|" + ScenarioWriter.text(e);
        }
        return o.eClass().getName();
    }
}
