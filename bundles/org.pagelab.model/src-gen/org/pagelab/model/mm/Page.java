/**
 */
package org.pagelab.model.mm;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Page</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A struct page, or the head page of a folio (order > 0). Counts are as the kernel reports them: refcount is page_ref_count(), mapcount is page_mapcount() (0 when unmapped), pincount counts FOLL_PIN pins (which the kernel adds to the refcount with a bias of GUP_PIN_COUNTING_BIAS=1024).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.pagelab.model.mm.Page#getName <em>Name</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Page#getPfn <em>Pfn</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Page#getOrder <em>Order</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Page#getCompoundHead <em>Compound Head</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Page#getRefcount <em>Refcount</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Page#getMapcount <em>Mapcount</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Page#getPincount <em>Pincount</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Page#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Page#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Page#getAnonVma <em>Anon Vma</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Page#getIndex <em>Index</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Page#getSwapSlot <em>Swap Slot</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Page#getData <em>Data</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Page#isFree <em>Free</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Page#isBuffers <em>Buffers</em>}</li>
 *   <li>{@link org.pagelab.model.mm.Page#getLock <em>Lock</em>}</li>
 * </ul>
 *
 * @see org.pagelab.model.mm.MmPackage#getPage()
 * @model
 * @generated
 */
public interface Page extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique name within the state (the scenario variable, e.g. P, or pfn-0x1000). Names are referenced by other objects: no spaces, colons or #, no leading slash.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.pagelab.model.mm.MmPackage#getPage_Name()
	 * @model id="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Page#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Pfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Page frame number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pfn</em>' attribute.
	 * @see #setPfn(long)
	 * @see org.pagelab.model.mm.MmPackage#getPage_Pfn()
	 * @model dataType="org.pagelab.model.mm.Hex"
	 * @generated
	 */
	long getPfn();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Page#getPfn <em>Pfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pfn</em>' attribute.
	 * @see #getPfn()
	 * @generated
	 */
	void setPfn(long value);

	/**
	 * Returns the value of the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Folio order: 0 for a base page, 9 for a 2 MiB THP on x86-64.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Order</em>' attribute.
	 * @see #setOrder(int)
	 * @see org.pagelab.model.mm.MmPackage#getPage_Order()
	 * @model
	 * @generated
	 */
	int getOrder();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Page#getOrder <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order</em>' attribute.
	 * @see #getOrder()
	 * @generated
	 */
	void setOrder(int value);

	/**
	 * Returns the value of the '<em><b>Compound Head</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a tail page: its head page.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Compound Head</em>' reference.
	 * @see #setCompoundHead(Page)
	 * @see org.pagelab.model.mm.MmPackage#getPage_CompoundHead()
	 * @model
	 * @generated
	 */
	Page getCompoundHead();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Page#getCompoundHead <em>Compound Head</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compound Head</em>' reference.
	 * @see #getCompoundHead()
	 * @generated
	 */
	void setCompoundHead(Page value);

	/**
	 * Returns the value of the '<em><b>Refcount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * page_ref_count() (_refcount).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Refcount</em>' attribute.
	 * @see #setRefcount(int)
	 * @see org.pagelab.model.mm.MmPackage#getPage_Refcount()
	 * @model
	 * @generated
	 */
	int getRefcount();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Page#getRefcount <em>Refcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Refcount</em>' attribute.
	 * @see #getRefcount()
	 * @generated
	 */
	void setRefcount(int value);

	/**
	 * Returns the value of the '<em><b>Mapcount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * page_mapcount(): number of page table entries mapping the page.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mapcount</em>' attribute.
	 * @see #setMapcount(int)
	 * @see org.pagelab.model.mm.MmPackage#getPage_Mapcount()
	 * @model
	 * @generated
	 */
	int getMapcount();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Page#getMapcount <em>Mapcount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapcount</em>' attribute.
	 * @see #getMapcount()
	 * @generated
	 */
	void setMapcount(int value);

	/**
	 * Returns the value of the '<em><b>Pincount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FOLL_PIN pins (folio pincount, or refcount bias / 1024 for small pages).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pincount</em>' attribute.
	 * @see #setPincount(int)
	 * @see org.pagelab.model.mm.MmPackage#getPage_Pincount()
	 * @model
	 * @generated
	 */
	int getPincount();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Page#getPincount <em>Pincount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pincount</em>' attribute.
	 * @see #getPincount()
	 * @generated
	 */
	void setPincount(int value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute list.
	 * The list contents are of type {@link org.pagelab.model.mm.PageFlag}.
	 * The literals are from the enumeration {@link org.pagelab.model.mm.PageFlag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Page flags, by their kernel names (PG_ prefix dropped), plus page-types pseudo flags (anon, swapcache, thp, zero_page, isolated ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flags</em>' attribute list.
	 * @see org.pagelab.model.mm.PageFlag
	 * @see org.pagelab.model.mm.MmPackage#getPage_Flags()
	 * @model
	 * @generated
	 */
	EList<PageFlag> getFlags();

	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * page->mapping for page cache and shmem pages.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mapping</em>' reference.
	 * @see #setMapping(File)
	 * @see org.pagelab.model.mm.MmPackage#getPage_Mapping()
	 * @model
	 * @generated
	 */
	File getMapping();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Page#getMapping <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' reference.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(File value);

	/**
	 * Returns the value of the '<em><b>Anon Vma</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For anonymous pages: the VMA whose anon_vma the page belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Anon Vma</em>' reference.
	 * @see #setAnonVma(Vma)
	 * @see org.pagelab.model.mm.MmPackage#getPage_AnonVma()
	 * @model
	 * @generated
	 */
	Vma getAnonVma();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Page#getAnonVma <em>Anon Vma</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Anon Vma</em>' reference.
	 * @see #getAnonVma()
	 * @generated
	 */
	void setAnonVma(Vma value);

	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * page->index: file offset in pages, or linear page index for anon pages.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(long)
	 * @see org.pagelab.model.mm.MmPackage#getPage_Index()
	 * @model dataType="org.pagelab.model.mm.Hex"
	 * @generated
	 */
	long getIndex();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Page#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(long value);

	/**
	 * Returns the value of the '<em><b>Swap Slot</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a page in the swap cache: its swap slot (page->private).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Swap Slot</em>' reference.
	 * @see #setSwapSlot(SwapSlot)
	 * @see org.pagelab.model.mm.MmPackage#getPage_SwapSlot()
	 * @model
	 * @generated
	 */
	SwapSlot getSwapSlot();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Page#getSwapSlot <em>Swap Slot</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Swap Slot</em>' reference.
	 * @see #getSwapSlot()
	 * @generated
	 */
	void setSwapSlot(SwapSlot value);

	/**
	 * Returns the value of the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Abstract content: what a read of the page returns (e.g. 0, 1, or a name).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data</em>' attribute.
	 * @see #setData(String)
	 * @see org.pagelab.model.mm.MmPackage#getPage_Data()
	 * @model
	 * @generated
	 */
	String getData();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Page#getData <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data</em>' attribute.
	 * @see #getData()
	 * @generated
	 */
	void setData(String value);

	/**
	 * Returns the value of the '<em><b>Free</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True once the page was freed to the allocator (refcount reached 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Free</em>' attribute.
	 * @see #setFree(boolean)
	 * @see org.pagelab.model.mm.MmPackage#getPage_Free()
	 * @model
	 * @generated
	 */
	boolean isFree();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Page#isFree <em>Free</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Free</em>' attribute.
	 * @see #isFree()
	 * @generated
	 */
	void setFree(boolean value);

	/**
	 * Returns the value of the '<em><b>Buffers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Buffer heads attached (PG_private on a file page); false once the filesystem released them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Buffers</em>' attribute.
	 * @see #setBuffers(boolean)
	 * @see org.pagelab.model.mm.MmPackage#getPage_Buffers()
	 * @model
	 * @generated
	 */
	boolean isBuffers();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Page#isBuffers <em>Buffers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Buffers</em>' attribute.
	 * @see #isBuffers()
	 * @generated
	 */
	void setBuffers(boolean value);

	/**
	 * Returns the value of the '<em><b>Lock</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The page lock (PG_locked) with its holder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lock</em>' containment reference.
	 * @see #setLock(Lock)
	 * @see org.pagelab.model.mm.MmPackage#getPage_Lock()
	 * @model containment="true"
	 * @generated
	 */
	Lock getLock();

	/**
	 * Sets the value of the '{@link org.pagelab.model.mm.Page#getLock <em>Lock</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lock</em>' containment reference.
	 * @see #getLock()
	 * @generated
	 */
	void setLock(Lock value);

} // Page
