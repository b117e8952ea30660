package org.pagelab.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.pagelab.model.mm.MmPackage;
import org.pagelab.engine.state.MmText;

/**
 * Read-only Properties view contents for any object of the MM model, by
 * reflection over its EClass: every attribute and non-containment
 * reference, described by the model's documentation. (EMF's edit.ui
 * property sources are not on Maven Central.)
 */
public class EObjectPropertySource implements IPropertySource {
    private final EObject object;

    public EObjectPropertySource(EObject object) {
        this.object = object;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> out = new ArrayList<>();
        for (EStructuralFeature f : object.eClass().getEAllStructuralFeatures()) {
            if (f instanceof EReference r && r.isContainment() && r.isMany()) {
                continue; // children are shown in the views' trees, not as properties
            }
            PropertyDescriptor d = new PropertyDescriptor(f, f.getName());
            d.setCategory(f.getEContainingClass().getName());
            String doc = EcoreUtil.getDocumentation(f);
            if (doc != null) {
                d.setDescription(doc);
            }
            out.add(d);
        }
        return out.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        return text(object, (EStructuralFeature) id);
    }

    /** The value of a feature as the views write it. */
    public static String text(EObject o, EStructuralFeature f) {
        Object v = o.eGet(f);
        if (v == null) {
            return "";
        }
        if (f instanceof EAttribute a && a.getEAttributeType() == MmPackage.Literals.HEX) {
            return MmText.hex((Long) v);
        }
        if (v instanceof Collection<?> c) {
            if (!c.isEmpty() && c.iterator().next() instanceof Enumerator) {
                @SuppressWarnings("unchecked")
                Collection<Enumerator> e = (Collection<Enumerator>) c;
                return MmText.flags(e);
            }
            List<String> s = new ArrayList<>();
            for (Object x : c) {
                s.add(x instanceof EObject eo ? MmText.label(eo) : String.valueOf(x));
            }
            return String.join(", ", s);
        }
        if (v instanceof Enumerator e) {
            return e.getLiteral();
        }
        if (v instanceof EObject eo) {
            return MmText.label(eo);
        }
        return String.valueOf(v);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return object.eIsSet((EStructuralFeature) id);
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read-only
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read-only
    }
}
