package org.pagelab.releng;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model code of every {@code model/*.genmodel} in the model
 * bundle, the way "Generate Model Code" does in Eclipse: the genmodel is
 * first reconciled with its .ecore (new classes and features get generator
 * settings), saved back, and then the Java code is written into
 * {@code src-gen/}.
 */
public final class GenerateModel {
    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        File bundle = new File(args.length > 0 ? args[0] : "bundles/org.pagelab.model").getCanonicalFile();
        File modelDir = new File(bundle, "model");
        File[] genModels = modelDir.listFiles((d, n) -> n.endsWith(".genmodel"));
        if (genModels == null || genModels.length == 0) {
            System.err.println("no .genmodel files in " + modelDir);
            System.exit(2);
        }
        EcorePlugin.getPlatformResourceMap().put(bundle.getName(), URI.createFileURI(bundle.getPath() + "/"));
        GenModelPackage.eINSTANCE.eClass();
        EcorePackage.eINSTANCE.eClass();
        org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory.Descriptor.Registry.INSTANCE
                .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);

        java.util.Arrays.sort(genModels);
        for (File f : genModels) {
            ResourceSet rs = new ResourceSetImpl();
            rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
            rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
            rs.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));
            URI uri = URI.createFileURI(f.getPath());
            Resource res = rs.getResource(uri, true);
            GenModel old = (GenModel) res.getContents().get(0);

            // Reconcile: a fresh genmodel initialized from the current .ecore
            // packages, taking over the settings of the saved one.
            List<EPackage> packages = new ArrayList<>();
            for (GenPackage gp : old.getGenPackages()) {
                packages.add(gp.getEcorePackage());
            }
            GenModel gm = (GenModel) org.eclipse.emf.ecore.util.EcoreUtil.create(GenModelPackage.Literals.GEN_MODEL);
            gm.initialize(packages);
            gm.reconcile(old);
            gm.setModelDirectory(old.getModelDirectory());
            gm.setModelPluginID(old.getModelPluginID());
            gm.setModelName(old.getModelName());
            gm.setComplianceLevel(old.getComplianceLevel());
            gm.setRootExtendsClass(old.getRootExtendsClass());
            gm.setImporterID(old.getImporterID());
            gm.setCopyrightFields(old.isCopyrightFields());
            gm.setOperationReflection(old.isOperationReflection());
            gm.setImportOrganizing(old.isImportOrganizing());
            gm.setSuppressGenModelAnnotations(old.isSuppressGenModelAnnotations());
            gm.setUpdateClasspath(false);
            gm.setBundleManifest(false);
            gm.getForeignModel().addAll(old.getForeignModel());
            for (int i = 0; i < gm.getGenPackages().size(); i++) {
                GenPackage np = gm.getGenPackages().get(i);
                GenPackage op = old.getGenPackages().get(i);
                np.setPrefix(op.getPrefix());
                np.setBasePackage(op.getBasePackage());
                np.setResource(op.getResource());
                np.setDisposableProviderFactory(op.isDisposableProviderFactory());
                np.setFileExtensions(op.getFileExtensions());
            }
            res.getContents().set(0, gm);
            res.save(Collections.emptyMap());

            gm.setCanGenerate(true);
            gm.setCodeFormatting(false);
            Diagnostic diag = gm.diagnose();
            if (diag.getSeverity() == Diagnostic.ERROR) {
                System.err.println(f.getName() + ": " + diag);
                System.exit(1);
            }
            Generator generator = new Generator();
            generator.setInput(gm);
            Diagnostic result = generator.generate(gm, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                    new BasicMonitor.Printing(System.out));
            if (result.getSeverity() == Diagnostic.ERROR) {
                System.err.println(f.getName() + ": " + result);
                System.exit(1);
            }
            System.out.println("generated " + f.getName() + " into " + gm.getModelDirectory());
        }
    }
}
