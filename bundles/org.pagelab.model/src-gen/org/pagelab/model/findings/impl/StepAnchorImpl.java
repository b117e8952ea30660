/**
 */
package org.pagelab.model.findings.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.pagelab.model.findings.FindingsPackage;
import org.pagelab.model.findings.StepAnchor;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Step Anchor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.findings.impl.StepAnchorImpl#getThread <em>Thread</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.StepAnchorImpl#getFunction <em>Function</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.StepAnchorImpl#getFile <em>File</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.StepAnchorImpl#getSourceLine <em>Source Line</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.StepAnchorImpl#getLine <em>Line</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.StepAnchorImpl#getChanges <em>Changes</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.StepAnchorImpl#getOrdinal <em>Ordinal</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.StepAnchorImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.StepAnchorImpl#getModel <em>Model</em>}</li>
 *   <li>{@link org.pagelab.model.findings.impl.StepAnchorImpl#getVariants <em>Variants</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StepAnchorImpl extends AnchorImpl implements StepAnchor {
	/**
	 * The default value of the '{@link #getThread() <em>Thread</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThread()
	 * @generated
	 * @ordered
	 */
	protected static final String THREAD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getThread() <em>Thread</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThread()
	 * @generated
	 * @ordered
	 */
	protected String thread = THREAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected static final String FUNCTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected String function = FUNCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected static final String FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFile() <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected String file = FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceLine() <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceLine()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_LINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceLine() <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceLine()
	 * @generated
	 * @ordered
	 */
	protected String sourceLine = SOURCE_LINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected static final int LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLine() <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected int line = LINE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChanges() <em>Changes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChanges()
	 * @generated
	 * @ordered
	 */
	protected EList<String> changes;

	/**
	 * The default value of the '{@link #getOrdinal() <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrdinal()
	 * @generated
	 * @ordered
	 */
	protected static final int ORDINAL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOrdinal() <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrdinal()
	 * @generated
	 * @ordered
	 */
	protected int ordinal = ORDINAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INDEX_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected int index = INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected String model = MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getVariants() <em>Variants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariants()
	 * @generated
	 * @ordered
	 */
	protected static final String VARIANTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVariants() <em>Variants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariants()
	 * @generated
	 * @ordered
	 */
	protected String variants = VARIANTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StepAnchorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FindingsPackage.Literals.STEP_ANCHOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getThread() {
		return thread;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThread(String newThread) {
		String oldThread = thread;
		thread = newThread;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.STEP_ANCHOR__THREAD, oldThread, thread));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFunction() {
		return function;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunction(String newFunction) {
		String oldFunction = function;
		function = newFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.STEP_ANCHOR__FUNCTION, oldFunction, function));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFile() {
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFile(String newFile) {
		String oldFile = file;
		file = newFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.STEP_ANCHOR__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceLine() {
		return sourceLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceLine(String newSourceLine) {
		String oldSourceLine = sourceLine;
		sourceLine = newSourceLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.STEP_ANCHOR__SOURCE_LINE, oldSourceLine, sourceLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLine() {
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLine(int newLine) {
		int oldLine = line;
		line = newLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.STEP_ANCHOR__LINE, oldLine, line));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getChanges() {
		if (changes == null) {
			changes = new EDataTypeUniqueEList<String>(String.class, this, FindingsPackage.STEP_ANCHOR__CHANGES);
		}
		return changes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOrdinal() {
		return ordinal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrdinal(int newOrdinal) {
		int oldOrdinal = ordinal;
		ordinal = newOrdinal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.STEP_ANCHOR__ORDINAL, oldOrdinal, ordinal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(int newIndex) {
		int oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.STEP_ANCHOR__INDEX, oldIndex, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(String newModel) {
		String oldModel = model;
		model = newModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.STEP_ANCHOR__MODEL, oldModel, model));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVariants() {
		return variants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVariants(String newVariants) {
		String oldVariants = variants;
		variants = newVariants;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FindingsPackage.STEP_ANCHOR__VARIANTS, oldVariants, variants));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FindingsPackage.STEP_ANCHOR__THREAD:
				return getThread();
			case FindingsPackage.STEP_ANCHOR__FUNCTION:
				return getFunction();
			case FindingsPackage.STEP_ANCHOR__FILE:
				return getFile();
			case FindingsPackage.STEP_ANCHOR__SOURCE_LINE:
				return getSourceLine();
			case FindingsPackage.STEP_ANCHOR__LINE:
				return getLine();
			case FindingsPackage.STEP_ANCHOR__CHANGES:
				return getChanges();
			case FindingsPackage.STEP_ANCHOR__ORDINAL:
				return getOrdinal();
			case FindingsPackage.STEP_ANCHOR__INDEX:
				return getIndex();
			case FindingsPackage.STEP_ANCHOR__MODEL:
				return getModel();
			case FindingsPackage.STEP_ANCHOR__VARIANTS:
				return getVariants();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FindingsPackage.STEP_ANCHOR__THREAD:
				setThread((String)newValue);
				return;
			case FindingsPackage.STEP_ANCHOR__FUNCTION:
				setFunction((String)newValue);
				return;
			case FindingsPackage.STEP_ANCHOR__FILE:
				setFile((String)newValue);
				return;
			case FindingsPackage.STEP_ANCHOR__SOURCE_LINE:
				setSourceLine((String)newValue);
				return;
			case FindingsPackage.STEP_ANCHOR__LINE:
				setLine((Integer)newValue);
				return;
			case FindingsPackage.STEP_ANCHOR__CHANGES:
				getChanges().clear();
				getChanges().addAll((Collection<? extends String>)newValue);
				return;
			case FindingsPackage.STEP_ANCHOR__ORDINAL:
				setOrdinal((Integer)newValue);
				return;
			case FindingsPackage.STEP_ANCHOR__INDEX:
				setIndex((Integer)newValue);
				return;
			case FindingsPackage.STEP_ANCHOR__MODEL:
				setModel((String)newValue);
				return;
			case FindingsPackage.STEP_ANCHOR__VARIANTS:
				setVariants((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FindingsPackage.STEP_ANCHOR__THREAD:
				setThread(THREAD_EDEFAULT);
				return;
			case FindingsPackage.STEP_ANCHOR__FUNCTION:
				setFunction(FUNCTION_EDEFAULT);
				return;
			case FindingsPackage.STEP_ANCHOR__FILE:
				setFile(FILE_EDEFAULT);
				return;
			case FindingsPackage.STEP_ANCHOR__SOURCE_LINE:
				setSourceLine(SOURCE_LINE_EDEFAULT);
				return;
			case FindingsPackage.STEP_ANCHOR__LINE:
				setLine(LINE_EDEFAULT);
				return;
			case FindingsPackage.STEP_ANCHOR__CHANGES:
				getChanges().clear();
				return;
			case FindingsPackage.STEP_ANCHOR__ORDINAL:
				setOrdinal(ORDINAL_EDEFAULT);
				return;
			case FindingsPackage.STEP_ANCHOR__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case FindingsPackage.STEP_ANCHOR__MODEL:
				setModel(MODEL_EDEFAULT);
				return;
			case FindingsPackage.STEP_ANCHOR__VARIANTS:
				setVariants(VARIANTS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FindingsPackage.STEP_ANCHOR__THREAD:
				return THREAD_EDEFAULT == null ? thread != null : !THREAD_EDEFAULT.equals(thread);
			case FindingsPackage.STEP_ANCHOR__FUNCTION:
				return FUNCTION_EDEFAULT == null ? function != null : !FUNCTION_EDEFAULT.equals(function);
			case FindingsPackage.STEP_ANCHOR__FILE:
				return FILE_EDEFAULT == null ? file != null : !FILE_EDEFAULT.equals(file);
			case FindingsPackage.STEP_ANCHOR__SOURCE_LINE:
				return SOURCE_LINE_EDEFAULT == null ? sourceLine != null : !SOURCE_LINE_EDEFAULT.equals(sourceLine);
			case FindingsPackage.STEP_ANCHOR__LINE:
				return line != LINE_EDEFAULT;
			case FindingsPackage.STEP_ANCHOR__CHANGES:
				return changes != null && !changes.isEmpty();
			case FindingsPackage.STEP_ANCHOR__ORDINAL:
				return ordinal != ORDINAL_EDEFAULT;
			case FindingsPackage.STEP_ANCHOR__INDEX:
				return index != INDEX_EDEFAULT;
			case FindingsPackage.STEP_ANCHOR__MODEL:
				return MODEL_EDEFAULT == null ? model != null : !MODEL_EDEFAULT.equals(model);
			case FindingsPackage.STEP_ANCHOR__VARIANTS:
				return VARIANTS_EDEFAULT == null ? variants != null : !VARIANTS_EDEFAULT.equals(variants);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (thread: ");
		result.append(thread);
		result.append(", function: ");
		result.append(function);
		result.append(", file: ");
		result.append(file);
		result.append(", sourceLine: ");
		result.append(sourceLine);
		result.append(", line: ");
		result.append(line);
		result.append(", changes: ");
		result.append(changes);
		result.append(", ordinal: ");
		result.append(ordinal);
		result.append(", index: ");
		result.append(index);
		result.append(", model: ");
		result.append(model);
		result.append(", variants: ");
		result.append(variants);
		result.append(')');
		return result.toString();
	}

} //StepAnchorImpl
