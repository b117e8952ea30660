package org.pagelab.engine.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.pagelab.model.mm.MmPackage;

/**
 * An MM state (or any object of the model) as plain maps and lists for
 * {@link org.pagelab.engine.report.Json}: one key per set feature, by the
 * model's feature names; contained objects nested; references by name;
 * pfn/addresses as "0x..." strings; flags as lists of kernel names.
 */
public final class StateJson {
    private StateJson() {
    }

    public static Map<String, Object> of(EObject o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("class", o.eClass().getName());
        for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
            if (!o.eIsSet(f)) {
                continue;
            }
            Object v = o.eGet(f);
            if (f instanceof EReference r) {
                if (r.isContainment()) {
                    if (r.isMany()) {
                        List<Object> l = new ArrayList<>();
                        for (Object c : (Collection<?>) v) {
                            l.add(of((EObject) c));
                        }
                        m.put(f.getName(), l);
                    } else {
                        m.put(f.getName(), of((EObject) v));
                    }
                } else if (r.isMany()) {
                    List<Object> l = new ArrayList<>();
                    for (Object c : (Collection<?>) v) {
                        l.add(refName((EObject) c));
                    }
                    m.put(f.getName(), l);
                } else {
                    m.put(f.getName(), refName((EObject) v));
                }
            } else {
                m.put(f.getName(), value((EAttribute) f, v));
            }
        }
        return m;
    }

    private static Object value(EAttribute a, Object v) {
        if (a.getEAttributeType() == MmPackage.Literals.HEX) {
            return MmText.hex((Long) v);
        }
        if (v instanceof Collection<?> c) {
            List<Object> l = new ArrayList<>();
            for (Object x : c) {
                l.add(x instanceof Enumerator e ? e.getLiteral() : x);
            }
            return l;
        }
        if (v instanceof Enumerator e) {
            return e.getLiteral();
        }
        return v;
    }

    private static String refName(EObject o) {
        var id = o.eClass().getEIDAttribute();
        Object n = id == null ? null : o.eGet(id);
        return n != null ? n.toString() : MmText.label(o);
    }
}
