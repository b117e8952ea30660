package org.pagelab.ui.internal;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.views.properties.IPropertySource;

/** Adapts model objects to the Properties view (registered in plugin.xml). */
public class PropertySourceAdapterFactory implements IAdapterFactory {
    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType == IPropertySource.class && adaptable instanceof EObject e
                && e.eClass().getEPackage().getNsURI().startsWith("http://www.pagelab.org/")) {
            return adapterType.cast(new EObjectPropertySource(e));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }
}
