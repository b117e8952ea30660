/**
 */
package org.pagelab.model.findings;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step Anchor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step of a counterexample or witness: the thread that ran it, the function, the text of the source line, the state changes it made, and the how-manieth step of that thread at that line it is. Placed by content, not by index: inserting lines or comments in the scenario, or steps of other threads, does not detach it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.findings.StepAnchor#getThread <em>Thread</em>}</li>
 *   <li>{@link org.pagelab.model.findings.StepAnchor#getFunction <em>Function</em>}</li>
 *   <li>{@link org.pagelab.model.findings.StepAnchor#getFile <em>File</em>}</li>
 *   <li>{@link org.pagelab.model.findings.StepAnchor#getSourceLine <em>Source Line</em>}</li>
 *   <li>{@link org.pagelab.model.findings.StepAnchor#getLine <em>Line</em>}</li>
 *   <li>{@link org.pagelab.model.findings.StepAnchor#getChanges <em>Changes</em>}</li>
 *   <li>{@link org.pagelab.model.findings.StepAnchor#getOrdinal <em>Ordinal</em>}</li>
 *   <li>{@link org.pagelab.model.findings.StepAnchor#getIndex <em>Index</em>}</li>
 *   <li>{@link org.pagelab.model.findings.StepAnchor#getModel <em>Model</em>}</li>
 *   <li>{@link org.pagelab.model.findings.StepAnchor#getVariants <em>Variants</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.findings.FindingsPackage#getStepAnchor()
 * @model
 * @generated
 */
public interface StepAnchor extends Anchor {
	/**
	 * Returns the value of the '<em><b>Thread</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The thread's name (dio, reclaim, P0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Thread</em>' attribute.
	 * @see #setThread(String)
	 * @see org.pagelab.model.findings.FindingsPackage#getStepAnchor_Thread()
	 * @model
	 * @generated
	 */
	String getThread();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.StepAnchor#getThread <em>Thread</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Thread</em>' attribute.
	 * @see #getThread()
	 * @generated
	 */
	void setThread(String value);

	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The innermost function the step ran in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see #setFunction(String)
	 * @see org.pagelab.model.findings.FindingsPackage#getStepAnchor_Function()
	 * @model
	 * @generated
	 */
	String getFunction();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.StepAnchor#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(String value);

	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source file of the step (the scenario file name, or the library module).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.pagelab.model.findings.FindingsPackage#getStepAnchor_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.StepAnchor#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text of the step's source line, white space collapsed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Line</em>' attribute.
	 * @see #setSourceLine(String)
	 * @see org.pagelab.model.findings.FindingsPackage#getStepAnchor_SourceLine()
	 * @model
	 * @generated
	 */
	String getSourceLine();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.StepAnchor#getSourceLine <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Line</em>' attribute.
	 * @see #getSourceLine()
	 * @generated
	 */
	void setSourceLine(String value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The line number when the finding was made (a hint only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line</em>' attribute.
	 * @see #setLine(int)
	 * @see org.pagelab.model.findings.FindingsPackage#getStepAnchor_Line()
	 * @model default="0"
	 * @generated
	 */
	int getLine();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.StepAnchor#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(int value);

	/**
	 * Returns the value of the '<em><b>Changes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The state changes of the step as written in counterexamples (P->_refcount 2 -> 3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Changes</em>' attribute list.
	 * @see org.pagelab.model.findings.FindingsPackage#getStepAnchor_Changes()
	 * @model
	 * @generated
	 */
	EList<String> getChanges();

	/**
	 * Returns the value of the '<em><b>Ordinal</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 0 for the first step of this thread at this function and source line, 1 for the second...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ordinal</em>' attribute.
	 * @see #setOrdinal(int)
	 * @see org.pagelab.model.findings.FindingsPackage#getStepAnchor_Ordinal()
	 * @model default="0"
	 * @generated
	 */
	int getOrdinal();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.StepAnchor#getOrdinal <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ordinal</em>' attribute.
	 * @see #getOrdinal()
	 * @generated
	 */
	void setOrdinal(int value);

	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The step's index when the finding was made (a hint only, used to break ties).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.pagelab.model.findings.FindingsPackage#getStepAnchor_Index()
	 * @model default="-1"
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.StepAnchor#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The memory model of the run (sc, tso, lkmm), or empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see #setModel(String)
	 * @see org.pagelab.model.findings.FindingsPackage#getStepAnchor_Model()
	 * @model
	 * @generated
	 */
	String getModel();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.StepAnchor#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(String value);

	/**
	 * Returns the value of the '<em><b>Variants</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The function variants of the run, as function=variant separated by spaces, or empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variants</em>' attribute.
	 * @see #setVariants(String)
	 * @see org.pagelab.model.findings.FindingsPackage#getStepAnchor_Variants()
	 * @model
	 * @generated
	 */
	String getVariants();

	/**
	 * Sets the value of the '{@link org.pagelab.model.findings.StepAnchor#getVariants <em>Variants</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variants</em>' attribute.
	 * @see #getVariants()
	 * @generated
	 */
	void setVariants(String value);

} // StepAnchor
